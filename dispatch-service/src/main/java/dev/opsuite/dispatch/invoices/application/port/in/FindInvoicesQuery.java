package dev.opsuite.dispatch.invoices.application.port.in;

import dev.opsuite.dispatch.invoices.domain.IssuedInvoice;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Reads the issued invoices of the caller's tenant. */
public interface FindInvoicesQuery {

    /** The invoice, or a NOT_FOUND rejection ({@code invoice-not-found}) when this tenant has none of that id. */
    Uni<IssuedInvoice> invoice(String tenantId, UUID invoiceId);

    /** The invoices of these ids this tenant has (unknown ids are left out). */
    Uni<List<IssuedInvoice>> invoices(String tenantId, Collection<UUID> invoiceIds);

    /** @param customerId optional filter */
    Uni<Page<IssuedInvoice>> invoices(String tenantId, UUID customerId, PageRequest page);
}
