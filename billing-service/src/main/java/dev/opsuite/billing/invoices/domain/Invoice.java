package dev.opsuite.billing.invoices.domain;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An invoice for some or all of a sales order's lines (seed 000: an invoice must belong to a valid sales order):
 * each line a quantity of an order line at its unit price; its total is the sum of the line amounts, in the order's
 * currency. Lifecycle DRAFT → ISSUED → PROCESSED (paid or posted), and VOID from any of them. {@code requestId}
 * names the dispatch's request it was drafted for (null when drafted over REST); {@code dispatch} is the dispatch
 * it is attached to, if any.
 */
public record Invoice(Envelope envelope, String invoiceNumber, InvoicedOrder order, List<InvoiceLine> lines,
        InvoiceStatus status, InvoiceProgress progress, UUID requestId, DispatchLink dispatch) implements Enveloped {

    public Invoice {
        lines = List.copyOf(lines);
    }

    /** A draft invoice of {@code lines} of {@code order}; the order must be of the same tenant. Announced (invoice-drafted). */
    public static Result<Invoice> draftFor(Envelope envelope, String invoiceNumber, InvoicedOrder order,
            List<InvoiceLine> lines, UUID requestId) {
        if (!order.tenantId().equals(envelope.tenantId())) {
            return Result.invalid("sales-order-not-found", "salesOrderId", "No sales order " + order.id() + ".");
        }
        if (lines.isEmpty()) {
            return Result.invalid("no-lines", "lines", "An invoice needs at least one line.");
        }
        Invoice draft = new Invoice(envelope, invoiceNumber, order, lines, InvoiceStatus.DRAFT, InvoiceProgress.DRAFTED,
                requestId, null);
        return Result.accepted(draft, new InvoiceDrafted(envelope.tenantId(), envelope.id(), invoiceNumber, order, lines,
                draft.total(), requestId, envelope.createdBy(), envelope.createdAt()));
    }

    /** Sum of the line amounts (each half-up to cents). */
    public BigDecimal total() {
        return lines.stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Instant issuedAt() {
        return progress.issuedAt();
    }

    public String issuedBy() {
        return progress.issuedBy();
    }

    /** Draft to issued, once; the rest of the suite hears of it ({@link InvoiceIssued}). */
    public Result<Invoice> issue(String by, Instant now) {
        if (status != InvoiceStatus.DRAFT) {
            return Result.wrongState("invoice-not-draft", "status", "Invoice " + invoiceNumber + " is already " + status + ".");
        }
        return Result.accepted(with(InvoiceStatus.ISSUED, progress.issued(by, now), dispatch),
                new InvoiceIssued(tenantId(), id(), invoiceNumber, order, total(), now, requestId));
    }

    /** Issued to processed: paid by the customer or posted to the ledger. */
    public Result<Invoice> process(Processing processing, String by, Instant now) {
        if (processing == null) {
            return Result.invalid("processing-required", "processing", "Say whether the invoice was PAID or POSTED.");
        }
        if (status != InvoiceStatus.ISSUED) {
            return Result.wrongState("invoice-not-issued", "status", "Invoice " + invoiceNumber + " is " + status
                    + "; only an issued invoice is processed.");
        }
        return Result.accepted(with(InvoiceStatus.PROCESSED, progress.processed(processing, by, now), dispatch),
                new InvoiceProcessed(tenantId(), id(), invoiceNumber, order.id(), processing, by, now));
    }

    /**
     * Any invoice that is not void yet is voided, with a reason: it is owed no more and what it took of the order is
     * free again. Its number stays taken (numbers are gap-free).
     */
    public Result<Invoice> voidIt(String reason, String by, Instant now) {
        if (reason == null || reason.isBlank()) {
            return Result.invalid("reason-required", "reason", "Say why the invoice is voided.");
        }
        if (status == InvoiceStatus.VOID) {
            return Result.wrongState("invoice-void", "status", "Invoice " + invoiceNumber + " is already void.");
        }
        return Result.accepted(with(InvoiceStatus.VOID, progress.voided(by, now, reason.strip()), dispatch),
                new InvoiceVoided(tenantId(), id(), invoiceNumber, order.id(), reason.strip(), by, now));
    }

    /**
     * The invoice as attached to {@code link}'s dispatch; an attachment older than the one it has changes nothing
     * (attachments to different dispatches may arrive out of order).
     */
    public Invoice attachTo(DispatchLink link) {
        if (dispatch != null && dispatch.linkedAt().isAfter(link.linkedAt())) {
            return this;
        }
        return with(status, progress, link);
    }

    /** The invoice taken off {@code dispatchId}; taken off another dispatch than its own, it stays as it is. */
    public Invoice detachFrom(UUID dispatchId) {
        return dispatch != null && dispatch.id().equals(dispatchId) ? with(status, progress, null) : this;
    }

    private Invoice with(InvoiceStatus status, InvoiceProgress progress, DispatchLink dispatch) {
        return new Invoice(envelope, invoiceNumber, order, lines, status, progress, requestId, dispatch);
    }
}
