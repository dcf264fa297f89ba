package dev.opsuite.dispatch.invoices.application.port.in;

import dev.opsuite.dispatch.invoices.domain.IssuedInvoice;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** Reads the issued invoices of the caller's tenant. */
public interface FindInvoicesQuery {

    /** The invoice, or a NOT_FOUND rejection ({@code invoice-not-found}) when this tenant has none of that id. */
    Uni<IssuedInvoice> invoice(String tenantId, UUID invoiceId);

    /** @param customerId optional filter */
    Uni<Page<IssuedInvoice>> invoices(String tenantId, UUID customerId, PageRequest page);
}
