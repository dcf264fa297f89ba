package dev.opsuite.field.intake.domain;

/** Lifecycle of a service call: OPEN at intake, SCHEDULED once a job is on the board, then CLOSED or CANCELLED. */
public enum ServiceCallStatus {
    OPEN, SCHEDULED, CLOSED, CANCELLED
}
