package dev.opsuite.field.domain;

/** How soon the customer needs someone on site. */
public enum Urgency {
    LOW, NORMAL, HIGH, EMERGENCY
}
