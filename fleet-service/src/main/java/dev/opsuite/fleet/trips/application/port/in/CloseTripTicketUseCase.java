package dev.opsuite.fleet.trips.application.port.in;

import dev.opsuite.fleet.trips.domain.TripTicket;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.UUID;

/**
 * Ends an issued trip ticket: closed when the vehicle is back (the odometer in feeds the vehicle's
 * odometer, as a reading would), or cancelled when the trip will not happen.
 */
public interface CloseTripTicketUseCase {

    /** {@code departedAt} is optional (the planned start). */
    record CloseTripTicketCommand(Actor actor, UUID tripTicketId, Long expectedVersion, long odometerIn,
            Instant departedAt, Instant returnedAt) {
    }

    record CancelTripTicketCommand(Actor actor, UUID tripTicketId, Long expectedVersion, String reason) {
    }

    Uni<TripTicket> close(CloseTripTicketCommand command);

    Uni<TripTicket> cancel(CancelTripTicketCommand command);
}
