package dev.opsuite.billing.orders.domain;

/** A sales order is drafted, confirmed (from then on it can be invoiced) or cancelled. */
public enum SalesOrderStatus {
    DRAFT, CONFIRMED, CANCELLED
}
