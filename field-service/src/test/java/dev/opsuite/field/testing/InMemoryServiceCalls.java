package dev.opsuite.field.testing;

import dev.opsuite.field.intake.application.port.in.FindServiceCallsQuery.ServiceCallFilter;
import dev.opsuite.field.intake.application.port.out.ServiceCallStore;
import dev.opsuite.field.intake.domain.ServiceCall;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Service calls in a list; another tenant's call is not found, as in the database. */
public final class InMemoryServiceCalls implements ServiceCallStore {

    private final List<ServiceCall> calls = new ArrayList<>();

    @Override
    public Uni<Optional<ServiceCall>> find(String tenantId, UUID id) {
        return Uni.createFrom().item(calls.stream().filter(c -> c.tenantId().equals(tenantId) && c.id().equals(id)).findFirst());
    }

    @Override
    public Uni<Page<ServiceCall>> list(String tenantId, ServiceCallFilter filter, PageRequest page) {
        return Uni.createFrom().item(Page.slice(calls.stream().filter(c -> c.tenantId().equals(tenantId))
                .filter(c -> filter.status() == null || c.status() == filter.status())
                .filter(c -> filter.urgency() == null || c.urgency() == filter.urgency()).toList(), page));
    }

    @Override
    public Uni<Void> add(ServiceCall call) {
        calls.add(call);
        return Uni.createFrom().voidItem();
    }

    /** Every call stored, of every tenant. */
    public List<ServiceCall> all() {
        return List.copyOf(calls);
    }
}
