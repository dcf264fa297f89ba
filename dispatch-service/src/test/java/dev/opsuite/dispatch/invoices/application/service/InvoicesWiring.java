package dev.opsuite.dispatch.invoices.application.service;

import dev.opsuite.dispatch.invoices.application.port.in.FindInvoicesQuery;
import dev.opsuite.dispatch.invoices.application.port.in.RecordInvoiceLifecycleUseCase;
import dev.opsuite.dispatch.invoices.application.port.in.RecordIssuedInvoiceUseCase;
import dev.opsuite.dispatch.invoices.application.port.out.InvoiceProjectionStore;

/** The invoice projection on the store a fast test gives it. */
public final class InvoicesWiring {

    private InvoicesWiring() {
    }

    public record Invoices(RecordIssuedInvoiceUseCase record, RecordInvoiceLifecycleUseCase lifecycle, FindInvoicesQuery find) {
    }

    public static Invoices on(InvoiceProjectionStore store) {
        InvoiceProjectionService service = new InvoiceProjectionService(store);
        return new Invoices(service, service, service);
    }
}
