package dev.opsuite.fleet.kernel;

/**
 * Seed 004's trailer types: standard, mega (extra height), frigo (refrigerated, needs a
 * refrigeration service document), van (enclosed box), tautliner (curtain-side).
 */
public enum TrailerType {
    STANDARD, MEGA, FRIGO, VAN, TAUTLINER
}
