package dev.opsuite.fleet.kernel;

/** Seed 004: LKV heavy trucks (assigned to orders) and PKV light vehicles (office errands, never on orders). */
public enum VehicleKind {
    LKV, PKV
}
