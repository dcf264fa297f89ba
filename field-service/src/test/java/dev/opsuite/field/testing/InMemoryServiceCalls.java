package dev.opsuite.field.testing;

import dev.opsuite.field.intake.application.port.in.FindServiceCallsQuery.ServiceCallFilter;
import dev.opsuite.field.intake.application.port.out.ServiceCallStore;
import dev.opsuite.field.intake.domain.ServiceCall;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.testing.fakes.InMemoryStore;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/** Service calls in memory, filtered by status and urgency as the repository filters them. */
public final class InMemoryServiceCalls extends InMemoryStore<ServiceCall> implements ServiceCallStore {

    public InMemoryServiceCalls() {
        super(ServiceCall::id, ServiceCall::tenantId);
    }

    @Override
    public Uni<Page<ServiceCall>> list(String tenantId, ServiceCallFilter filter, PageRequest page) {
        return records.page(tenantId, c -> (filter.status() == null || c.status() == filter.status())
                && (filter.urgency() == null || c.urgency() == filter.urgency()), page);
    }

    @Override
    public Uni<List<ServiceCall>> callbacksOf(String tenantId, UUID jobId) {
        return Uni.createFrom().item(all().stream().filter(c -> c.tenantId().equals(tenantId)
                && c.callbackOfJob() != null && c.callbackOfJob().jobId().equals(jobId)).toList());
    }

    @Override
    public Uni<Void> add(ServiceCall call) {
        return records.added(call);
    }

    @Override
    public Uni<Void> update(ServiceCall call) {
        return records.added(call);
    }
}
