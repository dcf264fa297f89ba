package dev.opsuite.field.intake.domain;

/** Lifecycle of a service call, following its jobs: OPEN at intake and while no job is on the board, SCHEDULED, then CLOSED (all done) or CANCELLED (all cancelled). */
public enum ServiceCallStatus {
    OPEN, SCHEDULED, CLOSED, CANCELLED
}
