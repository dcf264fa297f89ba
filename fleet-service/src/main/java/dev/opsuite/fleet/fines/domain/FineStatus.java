package dev.opsuite.fleet.fines.domain;

/** PENDING_ATTRIBUTION until a driver is named (by the driving record or a manager), then ATTRIBUTED. */
public enum FineStatus {
    PENDING_ATTRIBUTION, ATTRIBUTED
}
