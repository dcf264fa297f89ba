package dev.opsuite.billing.invoices.application.port.out;

import dev.opsuite.billing.invoices.domain.Invoice;
import java.time.Instant;

/**
 * Renders an invoice as a document. Thread-safe; blocking, CPU-bound work (tens of milliseconds): callers run it off
 * the event loop.
 */
public interface InvoiceDocumentRenderer {

    /** The invoice as PDF bytes, stamped with when this copy was printed. */
    byte[] pdf(Invoice invoice, Instant printedAt);
}
