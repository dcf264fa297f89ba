package dev.opsuite.dispatch.dispatches.application.port.in;

import dev.opsuite.dispatch.dispatches.application.port.in.ChangeDispatchUseCase.Target;
import dev.opsuite.dispatch.dispatches.domain.Dispatch;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/**
 * Puts issued invoices on a dispatch and takes them off, until it is completed. An invoice must be in dispatch's
 * projection of billing (issued, of a sales order of this business; 422 naming invoiceIds) and not void; it is on at
 * most one live dispatch (409 naming invoiceIds). A processed invoice stays where it is (409).
 */
public interface AttachInvoicesUseCase {

    record AttachInvoicesCommand(Target target, List<UUID> invoiceIds) {

        public AttachInvoicesCommand {
            invoiceIds = List.copyOf(invoiceIds);
        }
    }

    record DetachInvoiceCommand(Target target, UUID invoiceId) {
    }

    Uni<Dispatch> attach(AttachInvoicesCommand command);

    Uni<Dispatch> detach(DetachInvoiceCommand command);
}
