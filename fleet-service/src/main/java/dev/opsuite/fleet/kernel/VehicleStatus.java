package dev.opsuite.fleet.kernel;

/** Availability of a vehicle; a new vehicle is ACTIVE. */
public enum VehicleStatus {
    ACTIVE, IN_SERVICE, IN_REPAIR, OUT_OF_SERVICE
}
