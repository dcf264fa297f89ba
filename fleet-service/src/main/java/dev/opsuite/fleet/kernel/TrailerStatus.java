package dev.opsuite.fleet.kernel;

/** Availability of a trailer, as of a vehicle; a new trailer is ACTIVE, any other status keeps it out of a ready unit. */
public enum TrailerStatus {
    ACTIVE, IN_SERVICE, IN_REPAIR, OUT_OF_SERVICE
}
