package dev.opsuite.field.parts.application.port.out;

import io.smallrye.mutiny.Uni;
import java.util.Optional;
import java.util.UUID;

/** The inventory TRUCK location of the technician a job is assigned to, when there is one. */
public interface JobTrucks {

    Uni<Optional<UUID>> truckOf(String tenantId, UUID jobId);
}
