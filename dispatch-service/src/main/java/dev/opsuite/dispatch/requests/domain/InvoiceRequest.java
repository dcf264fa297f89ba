package dev.opsuite.dispatch.requests.domain;

import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Seed 000's "create new" invoices: from a dispatch, a dispatcher asks billing to draft and issue an invoice for some
 * lines of a sales order. Billing answers by event: the invoice it issued (attached to the dispatch when it arrives)
 * or why not. Dispatch never reads billing's database; the caller follows the request's state.
 */
public final class InvoiceRequest implements Enveloped {

    private Envelope envelope;
    private final UUID dispatchId;
    private final String dispatchNumber;
    private final UUID salesOrderId;
    private final List<Line> lines;
    private InvoiceRequestStatus status;
    private Answer answer;

    /** A quantity of one sales order line to invoice. */
    public record Line(UUID salesOrderLineId, BigDecimal quantity) {
    }

    /**
     * Billing's answer: the invoice issued (and whether it went onto the dispatch; why not, when it did not), or the
     * reason and detail of a refusal.
     */
    public record Answer(UUID invoiceId, boolean attached, String reason, String detail, Instant at) {
    }

    /** The request was made: billing is to answer it. */
    public record Requested(InvoiceRequest request) implements DomainEvent {

        @Override
        public String tenantId() {
            return request.tenantId();
        }
    }

    public InvoiceRequest(Envelope envelope, UUID dispatchId, String dispatchNumber, UUID salesOrderId, List<Line> lines,
            InvoiceRequestStatus status, Answer answer) {
        this.envelope = envelope;
        this.dispatchId = dispatchId;
        this.dispatchNumber = dispatchNumber;
        this.salesOrderId = salesOrderId;
        this.lines = List.copyOf(lines);
        this.status = status;
        this.answer = answer;
    }

    /** A request for these lines (each named once); billing checks what the order still allows. */
    public static Result<InvoiceRequest> request(UUID id, String tenantId, UUID dispatchId, String dispatchNumber,
            UUID salesOrderId, List<Line> lines, String by, Instant now) {
        if (lines.stream().map(Line::salesOrderLineId).distinct().count() < lines.size()) {
            return Result.invalid("duplicate-order-line", "lines", "Name each sales order line once.");
        }
        InvoiceRequest request = new InvoiceRequest(Envelope.created(id, tenantId, by, now), dispatchId, dispatchNumber,
                salesOrderId, lines, InvoiceRequestStatus.REQUESTED, null);
        return Result.accepted(request, new Requested(request));
    }

    /** Billing issued the invoice; {@code note} says why it is not on the dispatch, or is null when it is. */
    public boolean fulfil(UUID invoiceId, String note, Instant at) {
        if (status != InvoiceRequestStatus.REQUESTED) {
            return false;
        }
        status = InvoiceRequestStatus.FULFILLED;
        answer = new Answer(invoiceId, note == null, null, note, at);
        envelope = envelope.touched("billing-service", at);
        return true;
    }

    /** Billing could not invoice what was asked. */
    public boolean reject(String reason, String detail, Instant at) {
        if (status != InvoiceRequestStatus.REQUESTED) {
            return false;
        }
        status = InvoiceRequestStatus.REJECTED;
        answer = new Answer(null, false, reason, detail, at);
        envelope = envelope.touched("billing-service", at);
        return true;
    }

    public Envelope envelope() { return envelope; }
    public UUID dispatchId() { return dispatchId; }
    public String dispatchNumber() { return dispatchNumber; }
    public UUID salesOrderId() { return salesOrderId; }
    public List<Line> lines() { return lines; }
    public InvoiceRequestStatus status() { return status; }
    public Answer answer() { return answer; }
}
