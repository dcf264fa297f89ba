package dev.opsuite.dispatch.requests.application.port.out;

import dev.opsuite.dispatch.requests.domain.InvoiceRequest;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where invoice requests are kept. Every method is scoped to one tenant. */
public interface InvoiceRequestStore {

    Uni<Optional<InvoiceRequest>> find(String tenantId, UUID id);

    Uni<InvoiceRequest> add(InvoiceRequest request);

    Uni<InvoiceRequest> save(InvoiceRequest request);

    Uni<List<InvoiceRequest>> ofDispatch(String tenantId, UUID dispatchId);
}
