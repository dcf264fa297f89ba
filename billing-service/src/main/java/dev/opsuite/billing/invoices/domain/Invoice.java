package dev.opsuite.billing.invoices.domain;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An invoice for some or all of a sales order's lines (seed 000: an invoice must belong to a valid sales order):
 * each line a quantity of an order line at its unit price; its total is the sum of the line amounts, in the order's
 * currency. {@code issuedAt} and {@code issuedBy} are null while it is a draft.
 */
public record Invoice(Envelope envelope, String invoiceNumber, InvoicedOrder order, List<InvoiceLine> lines,
        InvoiceStatus status, Instant issuedAt, String issuedBy) implements Enveloped {

    public Invoice {
        lines = List.copyOf(lines);
    }

    /** A draft invoice of {@code lines} of {@code order}; the order must be of the same tenant. */
    public static Result<Invoice> draftFor(Envelope envelope, String invoiceNumber, InvoicedOrder order,
            List<InvoiceLine> lines) {
        if (!order.tenantId().equals(envelope.tenantId())) {
            return Result.invalid("sales-order-not-found", "salesOrderId", "No sales order " + order.id() + ".");
        }
        if (lines.isEmpty()) {
            return Result.invalid("no-lines", "lines", "An invoice needs at least one line.");
        }
        return Result.accepted(new Invoice(envelope, invoiceNumber, order, lines, InvoiceStatus.DRAFT, null, null));
    }

    /** Sum of the line amounts (each half-up to cents). */
    public BigDecimal total() {
        return lines.stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Draft to issued, once; the rest of the suite hears of it ({@link InvoiceIssued}). */
    public Result<Invoice> issue(String by, Instant now) {
        if (status != InvoiceStatus.DRAFT) {
            return Result.wrongState("invoice-not-draft", "Invoice " + invoiceNumber + " is already " + status + ".");
        }
        return Result.accepted(new Invoice(envelope, invoiceNumber, order, lines, InvoiceStatus.ISSUED, now, by),
                new InvoiceIssued(tenantId(), id(), invoiceNumber, order, total(), now));
    }
}
