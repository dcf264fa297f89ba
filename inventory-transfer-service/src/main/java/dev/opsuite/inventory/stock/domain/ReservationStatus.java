package dev.opsuite.inventory.stock.domain;

/** A reservation holds stock while ACTIVE; it ends released (given back) or consumed (used up). */
public enum ReservationStatus {
    ACTIVE, RELEASED, CONSUMED
}
