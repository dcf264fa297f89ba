package dev.opsuite.field.intake.domain;

/** How soon the customer needs someone on site. */
public enum Urgency {
    LOW, NORMAL, HIGH, EMERGENCY
}
