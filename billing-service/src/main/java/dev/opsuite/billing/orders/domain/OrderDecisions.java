package dev.opsuite.billing.orders.domain;

import java.time.Instant;

/** Who confirmed and who cancelled an order, when, and why it was cancelled; null until it happens. */
public record OrderDecisions(String confirmedBy, Instant confirmedAt, String cancelledBy, Instant cancelledAt,
        String cancellationReason) {

    public static final OrderDecisions NONE = new OrderDecisions(null, null, null, null, null);

    OrderDecisions confirmed(String by, Instant at) {
        return new OrderDecisions(by, at, cancelledBy, cancelledAt, cancellationReason);
    }

    OrderDecisions cancelled(String by, Instant at, String reason) {
        return new OrderDecisions(confirmedBy, confirmedAt, by, at, reason);
    }
}
