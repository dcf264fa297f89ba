package dev.opsuite.fleet.kernel.application;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A capability's answer to the others' {@link TenantLookup} questions, straight from its store, each in a session
 * (the locking ones in a transaction). A capability's service extends it and keeps only its own use cases.
 */
public abstract class StoredLookup<T> implements TenantLookup<T> {

    /** The store the answers come from. (No constructor: a bean's client proxy needs one without arguments.) */
    protected abstract TenantLookup<T> store();

    @Override
    @WithSession
    public Uni<Optional<T>> find(String tenantId, UUID id) {
        return store().find(tenantId, id);
    }

    @Override
    @WithTransaction
    public Uni<Optional<T>> findForUpdate(String tenantId, UUID id) {
        return store().findForUpdate(tenantId, id);
    }

    @Override
    @WithTransaction
    public Uni<Optional<T>> findForShare(String tenantId, UUID id) {
        return store().findForShare(tenantId, id);
    }

    @Override
    @WithSession
    public Uni<Map<UUID, T>> findAll(String tenantId, Collection<UUID> ids) {
        return store().findAll(tenantId, ids);
    }
}
