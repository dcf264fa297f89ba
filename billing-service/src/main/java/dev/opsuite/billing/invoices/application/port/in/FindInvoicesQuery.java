package dev.opsuite.billing.invoices.application.port.in;

import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.billing.invoices.domain.InvoiceStatus;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/** Reads invoices of the caller's tenant. */
public interface FindInvoicesQuery {

    Uni<Invoice> invoice(String tenantId, UUID id);

    /** Every filter is optional (null): the order, the status, the dispatch it is attached to. */
    Uni<Page<Invoice>> invoices(String tenantId, UUID salesOrderId, InvoiceStatus status, UUID dispatchId, PageRequest page);

    /** What the order's issued and processed invoices come to, net, per currency (drafts and void ones do not count). */
    Uni<Map<String, BigDecimal>> revenue(String tenantId, UUID salesOrderId);
}
