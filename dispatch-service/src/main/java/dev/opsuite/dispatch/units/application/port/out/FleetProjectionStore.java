package dev.opsuite.dispatch.units.application.port.out;

import dev.opsuite.dispatch.units.domain.TransportUnit;
import dev.opsuite.dispatch.units.domain.TripTicket;
import dev.opsuite.dispatch.units.domain.TripTicketStatus;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The copies of fleet's transport units and trip tickets. Every method is scoped to one tenant. */
public interface FleetProjectionStore {

    /** Inserts the unit, or replaces the copy when {@code unit} is of a later unitVersion. */
    Uni<Void> upsertUnit(TransportUnit unit);

    /** Inserts the ticket; an existing copy is refreshed only while it is still OPEN. */
    Uni<Void> upsertTripTicket(TripTicket ticket);

    Uni<Void> endTripTicket(String tenantId, UUID tripTicketId, TripTicketStatus status);

    Uni<Optional<TransportUnit>> unit(String tenantId, UUID unitId);

    Uni<Optional<TripTicket>> tripTicket(String tenantId, UUID tripTicketId);

    Uni<List<TripTicket>> tripTickets(String tenantId, Collection<UUID> ids);

    Uni<List<TransportUnit>> units(String tenantId, Collection<UUID> ids);

    Uni<Page<TransportUnit>> units(String tenantId, Boolean readyForOrder, PageRequest page);

    Uni<Page<TripTicket>> tripTickets(String tenantId, Set<TripTicketStatus> statuses, TripTicket.OfUnit ofUnit,
            PageRequest page);
}
