package dev.opsuite.dispatch.units.application.port.in;

import dev.opsuite.dispatch.units.domain.TransportUnit;
import dev.opsuite.dispatch.units.domain.TripTicket;
import dev.opsuite.dispatch.units.domain.TripTicketStatus;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * Keeps dispatch's copies of fleet's transport units and trip tickets current. Driven by fleet's events only, inside
 * the inbox's transaction; the copy is the command (the shapes are the same).
 */
public interface RecordFleetChangesUseCase {

    /** The unit as it now is; ignored when the copy already holds a later unitVersion. */
    Uni<Void> unitChanged(TransportUnit unit);

    /** A ticket fleet issued: OPEN. A ticket announced again stays as it is once it has ended. */
    Uni<Void> tripTicketIssued(TripTicket ticket);

    /** The ticket was closed or cancelled; a ticket never seen is passed over (there is nothing to book on it). */
    Uni<Void> tripTicketEnded(String tenantId, UUID tripTicketId, TripTicketStatus status);
}
