package dev.opsuite.dispatch.dispatches.domain;

import dev.opsuite.support.domain.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What happened to a dispatch. Each event carries the dispatch as it was right after ({@link Facts}) and who did it
 * when; the outbox adapter picks the contract by the event's type.
 */
public sealed interface DispatchEvent extends DomainEvent {

    Facts dispatch();

    String by();

    Instant at();

    @Override
    default String tenantId() {
        return dispatch().tenantId();
    }

    /** The dispatch as an event tells it. */
    record Facts(UUID id, String tenantId, String number, DispatchStatus status, Instant datetime, Booking booking,
            Instant departedAt, Delivery delivery, List<UUID> invoiceIds) {
    }

    record Created(Facts dispatch, String by, Instant at) implements DispatchEvent {
    }

    record Updated(Facts dispatch, List<String> changedFields, String by, Instant at) implements DispatchEvent {
    }

    /** Scheduled, dispatched, completed, closed or cancelled (with the reason): the change says which. */
    record Moved(Facts dispatch, StatusChange change, String reason) implements DispatchEvent {

        @Override
        public String by() {
            return change.by();
        }

        @Override
        public Instant at() {
            return change.at();
        }
    }

    record Deleted(Facts dispatch, DispatchStatus previousStatus, String by, Instant at) implements DispatchEvent {
    }

    record InvoiceAttached(Facts dispatch, AttachedInvoice invoice, String by, Instant at) implements DispatchEvent {
    }

    record InvoiceDetached(Facts dispatch, AttachedInvoice invoice, String by, Instant at) implements DispatchEvent {
    }
}
