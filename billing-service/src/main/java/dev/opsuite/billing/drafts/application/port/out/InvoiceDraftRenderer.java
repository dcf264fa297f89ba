package dev.opsuite.billing.drafts.application.port.out;

import dev.opsuite.billing.drafts.domain.InvoiceDraft;
import java.time.Instant;

/** Lays a draft out as a PDF; blocking work for a worker thread. */
public interface InvoiceDraftRenderer {

    byte[] pdf(InvoiceDraft draft, Instant printedAt);
}
