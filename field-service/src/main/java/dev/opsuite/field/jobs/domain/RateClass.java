package dev.opsuite.field.jobs.domain;

/** How an hour of labor is billed: regular hours, overtime, or an emergency call-out. */
public enum RateClass {
    STANDARD, OVERTIME, EMERGENCY
}
