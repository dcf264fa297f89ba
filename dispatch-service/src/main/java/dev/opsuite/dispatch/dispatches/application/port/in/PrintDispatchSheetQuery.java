package dev.opsuite.dispatch.dispatches.application.port.in;

import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** The dispatch sheet: the dispatch, its trip ticket, its invoices and its history, to print or download. */
public interface PrintDispatchSheetQuery {

    Uni<String> html(String tenantId, UUID dispatchId);

    Uni<byte[]> pdf(String tenantId, UUID dispatchId);
}
