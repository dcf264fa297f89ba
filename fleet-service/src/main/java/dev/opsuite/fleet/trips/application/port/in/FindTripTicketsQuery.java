package dev.opsuite.fleet.trips.application.port.in;

import dev.opsuite.fleet.trips.domain.TripTicket;
import dev.opsuite.fleet.trips.domain.TripTicketStatus;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Reads trip tickets of the caller's tenant. */
public interface FindTripTicketsQuery {

    /**
     * Optional filters; null (or empty) matches everything. {@code from} / {@code to} keep the tickets
     * whose window (planned, or actual once closed) overlaps [from, to).
     */
    record TripTicketFilter(UUID vehicleId, UUID driverId, Set<TripTicketStatus> statuses, String orderReference,
            Instant from, Instant to) {
    }

    Uni<TripTicket> tripTicket(String tenantId, UUID id);

    Uni<Page<TripTicket>> tripTickets(String tenantId, TripTicketFilter filter, PageRequest page);
}
