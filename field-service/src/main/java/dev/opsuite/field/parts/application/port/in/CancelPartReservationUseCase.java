package dev.opsuite.field.parts.application.port.in;

import dev.opsuite.field.parts.domain.PartReservation;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** A part reservation given back: inventory releases, by event, what it still holds for it. */
public interface CancelPartReservationUseCase {

    /** ownJobsOnly: the caller acts as a technician, only for a job assigned to them (another's is not found). */
    record CancelPartReservationCommand(Actor actor, UUID reservationId, String reason, boolean ownJobsOnly) {
    }

    /** CANCELLED, with part-reservation-cancelled in the outbox; 409 when refused, used up or cancelled already. */
    Uni<PartReservation> cancel(CancelPartReservationCommand command);
}
