package dev.opsuite.fleet.readiness.domain;

/** What made the service look at a unit's readiness again (carried by transport-unit-readiness-changed). */
public enum ReadinessCause {
    UNIT_FORMED,
    UNIT_MEMBERS_CHANGED,
    UNIT_DISBANDED,
    DOCUMENT_CHANGED,
    DRIVER_CHANGED,
    VEHICLE_STATUS_CHANGED,
    TRAILER_STATUS_CHANGED,
    /** A recompute of every unit of a business: the periodic sweep (documents expire with time) or a fleet manager's request. */
    RECOMPUTED
}
