package dev.opsuite.field.parts.application.port.in;

import dev.opsuite.field.parts.domain.PartReservation;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.UUID;

/** A part reservation for a job: asked of inventory by event, on the job's truck or the location the caller names. */
public interface RequestPartUseCase {

    /**
     * @param locationId the truck or warehouse to hold it on; null for the truck of the job's technician
     * @param ownJobsOnly the caller acts as a technician: only for a job assigned to them (another's is not found)
     */
    record RequestPartCommand(Actor actor, UUID jobId, UUID technicianId, UUID productId, BigDecimal quantity,
            UUID locationId, boolean ownJobsOnly) {
    }

    /** REQUESTED, with part-reservation-requested in the outbox. */
    Uni<PartReservation> request(RequestPartCommand command);
}
