package dev.opsuite.billing.invoices.application.port.in;

import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** An invoice of the caller's tenant as a printable document. */
public interface PrintInvoiceQuery {

    /** The invoice as PDF (A4). */
    Uni<byte[]> pdf(String tenantId, UUID invoiceId);
}
