package dev.opsuite.fleet.trips.application.port.in;

import dev.opsuite.fleet.trips.domain.TripTicket;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;

/**
 * Issues a trip ticket (TT-YYYY-NNNNNN): an ACTIVE driver takes an ACTIVE vehicle (and, with a heavy
 * truck, a trailer) for a planned window; the vehicle, driver and trailer must not be on another
 * ticket in that window (409 naming which).
 */
public interface IssueTripTicketUseCase {

    record IssueTripTicketCommand(Actor actor, TripTicket.Issue issue) {
    }

    Uni<TripTicket> issue(IssueTripTicketCommand command);
}
