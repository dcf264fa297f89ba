package dev.opsuite.field.estimates.domain;

/** How an hour of labor is charged; the same classes the technician logs labor at on the job. */
public enum RateClass {
    STANDARD, OVERTIME, EMERGENCY
}
