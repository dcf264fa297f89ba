package dev.opsuite.billing.invoices.application.port.in;

import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.billing.invoices.domain.Processing;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.Objects;
import java.util.UUID;

/** Processes an issued invoice (paid or posted): Issued to Processed; emits invoice-processed in the same transaction. */
public interface ProcessInvoiceUseCase {

    /** {@code expectedVersion} is the version the caller saw (If-Match), or null. */
    record ProcessInvoiceCommand(Actor actor, UUID invoiceId, Processing processing, Long expectedVersion) {

        public ProcessInvoiceCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(invoiceId, "invoiceId");
        }
    }

    Uni<Invoice> process(ProcessInvoiceCommand command);
}
