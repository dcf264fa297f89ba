package dev.opsuite.fleet.readiness.domain;

/** A unit is ACTIVE from when it is formed until it is DISBANDED, which frees its driver, vehicle and trailer. */
public enum TransportUnitStatus {
    ACTIVE, DISBANDED
}
