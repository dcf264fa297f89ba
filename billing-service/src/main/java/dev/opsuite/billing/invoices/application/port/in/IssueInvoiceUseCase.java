package dev.opsuite.billing.invoices.application.port.in;

import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** Issues a draft invoice: Draft to Issued; emits invoice-issued in the same transaction. */
public interface IssueInvoiceUseCase {

    /** @param expectedVersion the version the caller saw (If-Match), or null */
    Uni<Invoice> issue(Actor actor, UUID invoiceId, Long expectedVersion);
}
