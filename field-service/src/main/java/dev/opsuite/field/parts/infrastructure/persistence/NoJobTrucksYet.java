package dev.opsuite.field.parts.infrastructure.persistence;

import dev.opsuite.field.parts.application.port.out.JobTrucks;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Until jobs and technicians answer "whose truck is this job's" (their port.in, wired here), no job has a truck:
 * a reservation names its location.
 */
@ApplicationScoped
class NoJobTrucksYet implements JobTrucks {

    @Override
    public Uni<Optional<UUID>> truckOf(String tenantId, UUID jobId) {
        return Uni.createFrom().item(Optional.empty());
    }
}
