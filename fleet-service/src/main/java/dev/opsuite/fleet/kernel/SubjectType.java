package dev.opsuite.fleet.kernel;

/** What a fleet document belongs to. */
public enum SubjectType {
    VEHICLE, TRAILER, DRIVER
}
