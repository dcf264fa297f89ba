package dev.opsuite.dispatch.dispatches.domain;

import java.util.Set;

/**
 * Seed 000's lifecycle: Draft → Scheduled → Dispatched → Completed → Closed, with Pending (created, or left, without
 * invoices) beside Draft and Cancelled from anything before Completed.
 */
public enum DispatchStatus {
    PENDING, DRAFT, SCHEDULED, DISPATCHED, COMPLETED, CLOSED, CANCELLED;

    /** Datetime and unit may change until the unit has left. */
    public boolean editable() {
        return this == PENDING || this == DRAFT || this == SCHEDULED;
    }

    /** Invoices are attached and detached until the delivery is completed. */
    public boolean takesInvoices() {
        return editable() || this == DISPATCHED;
    }

    public boolean cancellable() {
        return takesInvoices();
    }

    /** What a dispatcher may still delete of their own (seed 000's "Delete: Limited"). */
    public static final Set<DispatchStatus> EARLY = Set.of(PENDING, DRAFT);
}
