package dev.opsuite.dispatch.invoices.application.port.out;

import dev.opsuite.dispatch.invoices.domain.IssuedInvoice;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import dev.opsuite.dispatch.invoices.domain.InvoiceStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The invoice projection. Every method is scoped to one tenant. */
public interface InvoiceProjectionStore {

    /** Inserts the invoice, or replaces the copy of the same tenant and invoice id (its status stays as it was). */
    Uni<Void> upsert(IssuedInvoice invoice);

    /** Sets the status of the copy, if there is one. */
    Uni<Void> status(String tenantId, UUID invoiceId, InvoiceStatus status, UUID eventId);

    Uni<List<IssuedInvoice>> findAll(String tenantId, Collection<UUID> invoiceIds);

    /** Empty when the invoice is not known in this tenant. */
    Uni<Optional<IssuedInvoice>> find(String tenantId, UUID invoiceId);

    Uni<Page<IssuedInvoice>> list(String tenantId, UUID customerId, PageRequest page);
}
