package dev.opsuite.fleet.drivers.application.port.in;

import dev.opsuite.fleet.drivers.domain.Driver;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The drivers of a tenant as the other capabilities of the fleet name them (an empty answer is theirs to judge). */
public interface FindDriversQuery {

    Uni<Optional<Driver>> find(String tenantId, UUID id);

    /** As {@link #find}, holding the driver's row until the transaction ends: what the caller changes about it queues. */
    Uni<Optional<Driver>> findForUpdate(String tenantId, UUID id);

    /** Holding a shared lock: the driver cannot change until the caller's transaction (a unit formed with it) commits. */
    Uni<Optional<Driver>> findForShare(String tenantId, UUID id);

    Uni<Map<UUID, Driver>> findAll(String tenantId, Collection<UUID> ids);
}
