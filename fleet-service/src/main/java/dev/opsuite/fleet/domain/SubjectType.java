package dev.opsuite.fleet.domain;

/** What a fleet document belongs to. */
public enum SubjectType {
    VEHICLE, TRAILER, DRIVER
}
