package dev.opsuite.billing.invoices.application.port.in;

import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.Objects;
import java.util.UUID;

/** Issues a draft invoice: Draft to Issued; emits invoice-issued in the same transaction. */
public interface IssueInvoiceUseCase {

    /** Who issues which invoice; {@code expectedVersion} is the version the caller saw (If-Match), or null. */
    record IssueInvoiceCommand(Actor actor, UUID invoiceId, Long expectedVersion) {

        public IssueInvoiceCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(invoiceId, "invoiceId");
        }
    }

    Uni<Invoice> issue(IssueInvoiceCommand command);
}
