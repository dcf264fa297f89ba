package dev.opsuite.fleet.testing;

import dev.opsuite.fleet.kernel.application.TenantLookup;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.testing.fakes.InMemoryStore;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The {@link TenantLookup} questions answered from memory (no locks to take): the fakes of the stores keep the rest. */
public abstract class InMemoryLookup<T extends Enveloped> extends InMemoryStore<T> implements TenantLookup<T> {

    protected InMemoryLookup() {
        super(Enveloped::id, Enveloped::tenantId);
    }

    /** A record the test starts with. */
    public T given(T record) {
        return records.put(record);
    }

    @Override
    public Uni<Optional<T>> findForUpdate(String tenantId, UUID id) {
        return find(tenantId, id);
    }

    @Override
    public Uni<Optional<T>> findForShare(String tenantId, UUID id) {
        return find(tenantId, id);
    }

    @Override
    public Uni<Map<UUID, T>> findAll(String tenantId, Collection<UUID> ids) {
        return records.findAll(tenantId, ids);
    }
}
