package dev.opsuite.billing.invoices.application.port.out;

import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.billing.invoices.domain.InvoiceStatus;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Where invoices are kept. Every method is scoped to one tenant. */
public interface InvoiceStore {

    /** Empty when the invoice does not exist in this tenant. */
    Uni<Optional<Invoice>> find(String tenantId, UUID id);

    /** As {@link #find}, holding a row lock until the transaction ends. */
    Uni<Optional<Invoice>> findForUpdate(String tenantId, UUID id);

    /** The invoice drafted for a dispatch's request, if there is one. */
    Uni<Optional<Invoice>> findByRequest(String tenantId, UUID requestId);

    /** Every filter is optional (null). */
    Uni<Page<Invoice>> list(String tenantId, UUID salesOrderId, InvoiceStatus status, UUID dispatchId, PageRequest page);

    /** The totals of the order's invoices in these states, per currency. */
    Uni<Map<String, BigDecimal>> totals(String tenantId, UUID salesOrderId, Set<InvoiceStatus> statuses);

    Uni<Void> add(Invoice invoice);

    /** Writes the change now and answers the invoice at its new version. */
    Uni<Invoice> save(Invoice invoice);
}
