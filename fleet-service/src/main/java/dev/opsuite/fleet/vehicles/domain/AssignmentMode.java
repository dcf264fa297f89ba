package dev.opsuite.fleet.vehicles.domain;

/** How a light vehicle (PKV) is used (seed 004): exclusive to a driver, a pool vehicle, or a spare. */
public enum AssignmentMode {
    ASSIGNED_TO_DRIVER, POOL, SPARE
}
