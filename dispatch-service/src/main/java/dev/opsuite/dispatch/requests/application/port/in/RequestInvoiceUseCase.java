package dev.opsuite.dispatch.requests.application.port.in;

import dev.opsuite.dispatch.requests.domain.InvoiceRequest;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/**
 * Asks billing, by event (invoice-requested), to draft and issue an invoice for lines of a sales order, for a dispatch
 * that still takes invoices (409 otherwise). The request is REQUESTED until billing answers.
 */
public interface RequestInvoiceUseCase {

    record RequestInvoiceCommand(Actor actor, UUID dispatchId, UUID salesOrderId, List<InvoiceRequest.Line> lines) {
    }

    Uni<InvoiceRequest> request(RequestInvoiceCommand command);

    /** The requests of a dispatch, oldest first (404 for a dispatch the business does not have). */
    Uni<List<InvoiceRequest>> requests(String tenantId, UUID dispatchId);
}
