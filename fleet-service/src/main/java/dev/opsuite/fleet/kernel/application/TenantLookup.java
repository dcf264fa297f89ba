package dev.opsuite.fleet.kernel.application;

import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * How the fleet names a vehicle, driver, trailer or transport unit of one tenant: the same four questions whether a store answers
 * them (port.out) or a capability answers another (port.in). An empty answer is the caller's to judge.
 */
public interface TenantLookup<T> {

    Uni<Optional<T>> find(String tenantId, UUID id);

    /** As {@link #find}, holding its row until the transaction ends: what the caller changes about it queues. */
    Uni<Optional<T>> findForUpdate(String tenantId, UUID id);

    /** Holding a shared lock: it cannot change until the caller's transaction (a unit formed with it) commits. */
    Uni<Optional<T>> findForShare(String tenantId, UUID id);

    /** Those of these ids the tenant has; read-only, nothing of them is written back. */
    Uni<Map<UUID, T>> findAll(String tenantId, Collection<UUID> ids);
}
