package dev.opsuite.fleet.service.domain;

/**
 * REQUESTED → SCHEDULED (a date and a workshop) → IN_PROGRESS (the vehicle is IN_SERVICE) → COMPLETED;
 * or CANCELLED from any of the first three. An emergency may start straight from REQUESTED.
 */
public enum ServiceRequestStatus {
    REQUESTED, SCHEDULED, IN_PROGRESS, COMPLETED, CANCELLED;

    public boolean open() {
        return this == REQUESTED || this == SCHEDULED || this == IN_PROGRESS;
    }
}
