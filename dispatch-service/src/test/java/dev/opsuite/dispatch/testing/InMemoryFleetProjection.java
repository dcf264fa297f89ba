package dev.opsuite.dispatch.testing;

import dev.opsuite.dispatch.units.application.port.out.FleetProjectionStore;
import dev.opsuite.dispatch.units.domain.TransportUnit;
import dev.opsuite.dispatch.units.domain.TripTicket;
import dev.opsuite.dispatch.units.domain.TripTicketStatus;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.testing.fakes.TenantRecords;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Dispatch's copies of fleet's units and trip tickets, in memory, with the table's rules (highest unitVersion, ended stays ended). */
public final class InMemoryFleetProjection implements FleetProjectionStore {

    private final TenantRecords<TransportUnit> units = new TenantRecords<>(TransportUnit::id, TransportUnit::tenantId);
    private final TenantRecords<TripTicket> tickets = new TenantRecords<>(TripTicket::id, TripTicket::tenantId);

    @Override
    public Uni<Void> upsertUnit(TransportUnit unit) {
        Optional<TransportUnit> had = units.get(unit.tenantId(), unit.id());
        if (had.isEmpty() || had.get().unitVersion() < unit.unitVersion()) {
            units.put(unit);
        }
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> upsertTripTicket(TripTicket ticket) {
        Optional<TripTicket> had = tickets.get(ticket.tenantId(), ticket.id());
        if (had.isEmpty() || had.get().status() == TripTicketStatus.OPEN) {
            tickets.put(ticket);
        }
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> endTripTicket(String tenantId, UUID tripTicketId, TripTicketStatus status) {
        tickets.get(tenantId, tripTicketId).ifPresent(t -> tickets.put(new TripTicket(t.tenantId(), t.id(), t.number(),
                t.crew(), t.plannedFrom(), t.plannedTo(), t.orderReference(), status)));
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Optional<TransportUnit>> unit(String tenantId, UUID unitId) {
        return units.find(tenantId, unitId);
    }

    @Override
    public Uni<Optional<TripTicket>> tripTicket(String tenantId, UUID tripTicketId) {
        return tickets.find(tenantId, tripTicketId);
    }

    @Override
    public Uni<List<TripTicket>> tripTickets(String tenantId, Collection<UUID> ids) {
        return Uni.createFrom().item(tickets.of(tenantId).filter(t -> ids.contains(t.id())).toList());
    }

    @Override
    public Uni<List<TransportUnit>> units(String tenantId, Collection<UUID> ids) {
        return Uni.createFrom().item(units.of(tenantId).filter(u -> ids.contains(u.id())).toList());
    }

    @Override
    public Uni<Page<TransportUnit>> units(String tenantId, Boolean readyForOrder, PageRequest page) {
        return units.page(tenantId, u -> readyForOrder == null || u.readyForOrder() == readyForOrder, page);
    }

    @Override
    public Uni<Page<TripTicket>> tripTickets(String tenantId, Set<TripTicketStatus> statuses, TripTicket.OfUnit ofUnit,
            PageRequest page) {
        return tickets.page(tenantId, t -> (statuses.isEmpty() || statuses.contains(t.status()))
                && (ofUnit == null || ofUnit.matches(t)), page);
    }
}
