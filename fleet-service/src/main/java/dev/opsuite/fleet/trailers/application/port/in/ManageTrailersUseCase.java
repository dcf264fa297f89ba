package dev.opsuite.fleet.trailers.application.port.in;

import dev.opsuite.fleet.trailers.domain.Trailer;
import dev.opsuite.fleet.kernel.TrailerStatus;
import dev.opsuite.fleet.kernel.TrailerType;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** Registers, edits and reads the trailers of the caller's tenant. */
public interface ManageTrailersUseCase {

    record RegisterTrailerCommand(Actor actor, String registrationNumber, TrailerType type, String make, String model) {
    }

    /** Null leaves a field as it is; the type is fixed at registration. */
    record UpdateTrailerCommand(Actor actor, UUID trailerId, Long expectedVersion, String registrationNumber,
            String make, String model) {
    }

    /** A status change reassesses the trailer's transport unit in the same transaction. */
    record ChangeTrailerStatusCommand(Actor actor, UUID trailerId, Long expectedVersion, TrailerStatus status) {
    }

    record TrailerFilter(TrailerType type, TrailerStatus status) {
    }

    Uni<Trailer> register(RegisterTrailerCommand command);

    Uni<Trailer> update(UpdateTrailerCommand command);

    Uni<Trailer> changeStatus(ChangeTrailerStatusCommand command);

    /** The trailer, or 404 {@code trailer-not-found}. */
    Uni<Trailer> trailer(String tenantId, UUID id);

    Uni<Page<Trailer>> search(String tenantId, TrailerFilter filter, PageRequest page);
}
