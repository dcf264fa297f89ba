package dev.opsuite.dispatch.requests.application.port.in;

import dev.opsuite.dispatch.invoices.domain.IssuedInvoice;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.UUID;

/**
 * Billing's answers, from its events, inside the inbox's transaction: an issued invoice goes into the projection and,
 * when it answers a request of this business, onto the request's dispatch; a refusal marks the request REJECTED.
 */
public interface AnswerInvoiceRequestUseCase {

    Uni<Void> invoiceIssued(IssuedInvoice invoice);

    Uni<Void> rejected(String tenantId, UUID requestId, String reason, String detail, Instant at);
}
