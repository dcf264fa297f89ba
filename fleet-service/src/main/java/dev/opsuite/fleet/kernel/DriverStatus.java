package dev.opsuite.fleet.kernel;

/** Whether a driver can drive: only an ACTIVE driver makes a transport unit ready (seed 004). A new driver is ACTIVE. */
public enum DriverStatus {
    ACTIVE, ON_LEAVE, INACTIVE
}
