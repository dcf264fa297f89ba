package dev.opsuite.billing.invoices.application.port.in;

import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** Drafts an invoice for the whole of a sales order of the same tenant (INV-year-sequence). */
public interface CreateInvoiceUseCase {

    Uni<Invoice> create(Actor actor, UUID salesOrderId);
}
