package dev.opsuite.billing.invoices.application.service;

import dev.opsuite.billing.invoices.application.port.in.FindInvoicesQuery;
import dev.opsuite.billing.invoices.application.port.in.PrintInvoiceQuery;
import dev.opsuite.billing.invoices.application.port.out.InvoiceDocumentRenderer;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

@ApplicationScoped
class InvoicePrintService implements PrintInvoiceQuery {

    private final FindInvoicesQuery invoices;
    private final InvoiceDocumentRenderer renderer;
    private final Clock clock;

    InvoicePrintService(FindInvoicesQuery invoices, InvoiceDocumentRenderer renderer, Clock clock) {
        this.invoices = invoices;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Override
    public Uni<byte[]> pdf(String tenantId, UUID invoiceId) {
        // Read in a session of its own before rendering starts, so that rendering never holds a connection.
        return invoices.invoice(tenantId, invoiceId)
                // Rendering a PDF is CPU work of tens of milliseconds: off the event loop.
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(invoice -> renderer.pdf(invoice, clock.instant()));
    }
}
