package dev.opsuite.billing.invoices.application.port.in;

import dev.opsuite.billing.orders.domain.LineQuantity;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Answers a dispatch's invoice-requested ("create new" invoices from a dispatch, seed 000): drafts and issues an
 * invoice of the named lines of the named order in one transaction, announcing invoice-drafted and invoice-issued with
 * the request's id; or, when the REST API would refuse the same invoice, announces invoice-request-rejected with that
 * problem type. A request is answered once: a second delivery, or the same request under a new event id, changes
 * nothing. Runs inside the consumer's transaction.
 */
public interface AnswerInvoiceRequestUseCase {

    /** {@code lines} empty: all that is left of the order. {@code requestedBy} drafts and issues the invoice. */
    record InvoiceRequest(String tenantId, UUID requestId, UUID dispatchId, UUID salesOrderId, List<LineQuantity> lines,
            String requestedBy) {

        public InvoiceRequest {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(requestId, "requestId");
            Objects.requireNonNull(salesOrderId, "salesOrderId");
            Objects.requireNonNull(requestedBy, "requestedBy");
            lines = lines == null ? List.of() : List.copyOf(lines);
        }
    }

    Uni<Void> answer(InvoiceRequest request);
}
