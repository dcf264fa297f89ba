package dev.opsuite.fleet.testing;

import dev.opsuite.fleet.trips.application.port.in.FindTripTicketsQuery.TripTicketFilter;
import dev.opsuite.fleet.trips.application.port.out.TripTicketStore;
import dev.opsuite.fleet.trips.domain.TripTicket;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Trip tickets in memory (the database's exclusion constraints are not imitated: the REST tests prove those). */
public final class InMemoryTripTickets implements TripTicketStore {

    private final Map<UUID, TripTicket> tickets = new LinkedHashMap<>();

    @Override
    public Uni<Optional<TripTicket>> find(String tenantId, UUID id) {
        TripTicket t = tickets.get(id);
        return Uni.createFrom().item(Optional.ofNullable(t).filter(x -> x.tenantId().equals(tenantId))
                .map(InMemoryTripTickets::copy));
    }

    @Override
    public Uni<Page<TripTicket>> list(String tenantId, TripTicketFilter filter, PageRequest page) {
        List<TripTicket> matching = tickets.values().stream().filter(t -> t.tenantId().equals(tenantId))
                .filter(t -> filter.vehicleId() == null || t.vehicleId().equals(filter.vehicleId())).toList();
        return Uni.createFrom().item(Page.slice(matching, page));
    }

    @Override
    public Uni<TripTicket> add(TripTicket ticket) {
        tickets.put(ticket.id(), copy(ticket));
        return Uni.createFrom().item(copy(ticket));
    }

    @Override
    public Uni<TripTicket> save(TripTicket ticket) {
        return add(ticket);
    }

    /** What a row holds: the stored ticket changes only when it is saved, as in the database. */
    private static TripTicket copy(TripTicket t) {
        return new TripTicket(t.envelope(), t.number(), t.crew(), t.plan(), t.status(), t.odometerOutKm(), t.closing(),
                t.cancellation());
    }
}
