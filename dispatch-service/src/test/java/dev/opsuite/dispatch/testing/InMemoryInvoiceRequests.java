package dev.opsuite.dispatch.testing;

import dev.opsuite.dispatch.requests.application.port.out.InvoiceRequestStore;
import dev.opsuite.dispatch.requests.domain.InvoiceRequest;
import dev.opsuite.testing.fakes.InMemoryStore;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/** Invoice requests in memory, in the order they were made. */
public final class InMemoryInvoiceRequests extends InMemoryStore<InvoiceRequest> implements InvoiceRequestStore {

    public InMemoryInvoiceRequests() {
        super(InvoiceRequest::id, InvoiceRequest::tenantId);
    }

    @Override
    public Uni<InvoiceRequest> add(InvoiceRequest request) {
        return records.saved(request);
    }

    @Override
    public Uni<InvoiceRequest> save(InvoiceRequest request) {
        return records.saved(request);
    }

    @Override
    public Uni<List<InvoiceRequest>> ofDispatch(String tenantId, UUID dispatchId) {
        return Uni.createFrom().item(records.of(tenantId).filter(r -> r.dispatchId().equals(dispatchId)).toList());
    }
}
