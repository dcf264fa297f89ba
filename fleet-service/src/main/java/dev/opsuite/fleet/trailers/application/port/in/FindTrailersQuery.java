package dev.opsuite.fleet.trailers.application.port.in;

import dev.opsuite.fleet.trailers.domain.Trailer;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The trailers of a tenant as the other capabilities of the fleet name them (an empty answer is theirs to judge). */
public interface FindTrailersQuery {

    Uni<Optional<Trailer>> find(String tenantId, UUID id);

    /** As {@link #find}, holding the trailer's row until the transaction ends: what the caller changes about it queues. */
    Uni<Optional<Trailer>> findForUpdate(String tenantId, UUID id);

    /** Holding a shared lock: the trailer cannot change until the caller's transaction (a unit formed with it) commits. */
    Uni<Optional<Trailer>> findForShare(String tenantId, UUID id);

    Uni<Map<UUID, Trailer>> findAll(String tenantId, Collection<UUID> ids);
}
