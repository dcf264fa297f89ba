package dev.opsuite.fleet.accidents.domain;

/** An accident is REPORTED until its repair is completed and its costs are split: SETTLED. */
public enum AccidentStatus {
    REPORTED, SETTLED
}
