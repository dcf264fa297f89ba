package dev.opsuite.fleet.domain;

/** Why the fleet charges a cost to an order. */
public enum OrderCostKind {
    FINE, ACCIDENT
}
