package dev.opsuite.fleet.service.domain;

/** How urgent a service request is; an emergency defaults to HIGH, a planned service to NORMAL. */
public enum ServicePriority {
    LOW, NORMAL, HIGH
}
