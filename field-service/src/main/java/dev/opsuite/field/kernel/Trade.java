package dev.opsuite.field.kernel;

/** The trades a contractor sends technicians for (seed 002). */
public enum Trade {
    HVAC, PLUMBING, ELECTRICAL
}
