package dev.opsuite.dispatch.units.domain;

/** A trip ticket as dispatch sees it: OPEN once fleet issued it, then CLOSED (driven) or CANCELLED. */
public enum TripTicketStatus {
    OPEN, CLOSED, CANCELLED
}
