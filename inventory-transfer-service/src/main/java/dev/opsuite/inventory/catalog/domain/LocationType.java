package dev.opsuite.inventory.catalog.domain;

/** Where stock is kept: a warehouse, a store, or a technician's truck (a fleet vehicle). */
public enum LocationType {
    WAREHOUSE, STORE, TRUCK
}
