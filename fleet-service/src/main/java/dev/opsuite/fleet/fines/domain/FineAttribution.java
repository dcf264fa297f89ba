package dev.opsuite.fleet.fines.domain;

/** How a fine found its driver: from the driving record at the time of the offense, or named by a manager. */
public enum FineAttribution {
    DRIVING_RECORD, MANUAL
}
