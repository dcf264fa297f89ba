package dev.opsuite.billing.profitability.domain;

/** What the fleet charged to an order (seed 004): a traffic fine, or the company's share of an accident. */
public enum CostKind {
    FINE, ACCIDENT
}
