package dev.opsuite.billing.drafts.application.service;

import dev.opsuite.billing.drafts.application.port.in.FindInvoiceDraftsQuery;
import dev.opsuite.billing.drafts.application.port.in.PrintInvoiceDraftQuery;
import dev.opsuite.billing.drafts.application.port.out.InvoiceDraftRenderer;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

@ApplicationScoped
class InvoiceDraftPrintService implements PrintInvoiceDraftQuery {

    private final FindInvoiceDraftsQuery drafts;
    private final InvoiceDraftRenderer renderer;
    private final Clock clock;

    InvoiceDraftPrintService(FindInvoiceDraftsQuery drafts, InvoiceDraftRenderer renderer, Clock clock) {
        this.drafts = drafts;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Override
    public Uni<byte[]> pdf(String tenantId, UUID draftId) {
        // Read in a session of its own, then render off the event loop (CPU work, no connection held).
        return drafts.draft(tenantId, draftId).emitOn(Infrastructure.getDefaultWorkerPool())
                .map(draft -> renderer.pdf(draft, clock.instant()));
    }
}
