package dev.opsuite.billing.drafts.application.port.in;

import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** A draft, or the invoice finalized from it, as an A4 PDF. */
public interface PrintInvoiceDraftQuery {

    Uni<byte[]> pdf(String tenantId, UUID draftId);
}
