package dev.opsuite.fleet.ledger.domain;

/** Why the fleet charges a cost to an order. */
public enum OrderCostKind {
    FINE, ACCIDENT
}
