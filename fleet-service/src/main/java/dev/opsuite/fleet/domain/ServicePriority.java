package dev.opsuite.fleet.domain;

/** How urgent a service request is; an emergency defaults to HIGH, a planned service to NORMAL. */
public enum ServicePriority {
    LOW, NORMAL, HIGH
}
