package dev.opsuite.field.board.domain;

/**
 * LIVE holds the technician's time; SUPERSEDED was replaced by a reschedule or reassignment, CANCELLED ended with its
 * job; both are kept as history.
 */
public enum AppointmentStatus {
    LIVE, SUPERSEDED, CANCELLED
}
