package dev.opsuite.dispatch.dispatches.application.port.in;

import dev.opsuite.dispatch.dispatches.domain.Dispatch;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Creates a dispatch (DSP-YYYY-NNNNNN) on a ready unit and an open trip ticket of its driver and truck, at a datetime in
 * the ticket's window; PENDING, or DRAFT with the invoices named. 422 naming unit, tripTicketId, datetime or invoiceIds
 * when a rule refuses; 409 naming unit when the unit is booked in the window, tripTicketId when the ticket is used.
 */
public interface CreateDispatchUseCase {

    record CreateDispatchCommand(Actor actor, UUID tripTicketId, Instant datetime, UUID unit, List<UUID> invoiceIds) {

        public CreateDispatchCommand {
            invoiceIds = invoiceIds == null ? List.of() : List.copyOf(invoiceIds);
        }
    }

    Uni<Dispatch> create(CreateDispatchCommand command);
}
