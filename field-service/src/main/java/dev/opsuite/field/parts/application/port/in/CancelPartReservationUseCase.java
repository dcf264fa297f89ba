package dev.opsuite.field.parts.application.port.in;

import dev.opsuite.field.parts.domain.PartReservation;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** A part reservation given back: inventory releases, by event, what it still holds for it. */
public interface CancelPartReservationUseCase {

    record CancelPartReservationCommand(Actor actor, UUID reservationId, String reason) {
    }

    /** CANCELLED, with part-reservation-cancelled in the outbox; 409 when refused, used up or cancelled already. */
    Uni<PartReservation> cancel(CancelPartReservationCommand command);
}
