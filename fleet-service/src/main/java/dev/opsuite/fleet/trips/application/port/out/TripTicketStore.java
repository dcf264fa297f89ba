package dev.opsuite.fleet.trips.application.port.out;

import dev.opsuite.fleet.trips.application.port.in.FindTripTicketsQuery.TripTicketFilter;
import dev.opsuite.fleet.trips.domain.TripTicket;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Optional;
import java.util.UUID;

/** Where trip tickets are kept. Every method is scoped to one tenant. */
public interface TripTicketStore {

    /** Empty when the ticket does not exist in this tenant. */
    Uni<Optional<TripTicket>> find(String tenantId, UUID id);

    Uni<Page<TripTicket>> list(String tenantId, TripTicketFilter filter, PageRequest page);

    /** Inserts now, so that a vehicle, driver or trailer already on a ticket in the window fails inside the use case. */
    Uni<TripTicket> add(TripTicket ticket);

    /** Writes the change now (a window running into another ticket fails here) and answers the ticket at its new version. */
    Uni<TripTicket> save(TripTicket ticket);
}
