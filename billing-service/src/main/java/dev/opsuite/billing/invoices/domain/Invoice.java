package dev.opsuite.billing.invoices.domain;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.time.Instant;

/**
 * An invoice for a sales order (seed 000: an invoice must belong to a valid sales order). In this slice it invoices
 * the whole order: its total is the order total, in the order's currency. {@code issuedAt} and {@code issuedBy} are
 * null while it is a draft.
 */
public record Invoice(Envelope envelope, String invoiceNumber, InvoicedOrder order, InvoiceStatus status, Instant issuedAt,
        String issuedBy) implements Enveloped {

    /** A draft invoice for the whole of {@code order}; the order must be of the same tenant. */
    public static Result<Invoice> draftFor(Envelope envelope, String invoiceNumber, InvoicedOrder order) {
        if (!order.tenantId().equals(envelope.tenantId())) {
            return Result.invalid("sales-order-not-found", "salesOrderId", "No sales order " + order.id() + ".");
        }
        return Result.accepted(new Invoice(envelope, invoiceNumber, order, InvoiceStatus.DRAFT, null, null));
    }

    /** Draft to issued, once; the rest of the suite hears of it ({@link InvoiceIssued}). */
    public Result<Invoice> issue(String by, Instant now) {
        if (status != InvoiceStatus.DRAFT) {
            return Result.wrongState("invoice-not-draft", "Invoice " + invoiceNumber + " is already " + status + ".");
        }
        return Result.accepted(new Invoice(envelope, invoiceNumber, order, InvoiceStatus.ISSUED, now, by),
                new InvoiceIssued(tenantId(), id(), invoiceNumber, order, now));
    }
}
