package dev.opsuite.dispatch.units.application.port.in;

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

/** Reads dispatch's copies of fleet's units and trip tickets: for a dispatcher to pick, and for the dispatch rules. */
public interface FindUnitsQuery {

    Uni<Optional<TransportUnit>> unit(String tenantId, UUID unitId);

    Uni<Optional<TripTicket>> tripTicket(String tenantId, UUID tripTicketId);

    /** The tickets of these ids that the tenant has (unknown ids are left out). */
    Uni<List<TripTicket>> tripTickets(String tenantId, Collection<UUID> ids);

    /** @param readyForOrder optional filter */
    Uni<Page<TransportUnit>> units(String tenantId, Boolean readyForOrder, PageRequest page);

    /** @param statuses optional filter (any of them); @param unitId optional filter */
    Uni<Page<TripTicket>> tripTickets(String tenantId, Set<TripTicketStatus> statuses, UUID unitId, PageRequest page);

    /** The units of these ids that are not bookable now (not ready, or disbanded). */
    Uni<List<TransportUnit>> notBookable(String tenantId, Collection<UUID> unitIds);
}
