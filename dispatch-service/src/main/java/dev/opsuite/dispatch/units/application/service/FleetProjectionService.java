package dev.opsuite.dispatch.units.application.service;

import dev.opsuite.dispatch.units.application.port.in.FindUnitsQuery;
import dev.opsuite.dispatch.units.application.port.in.RecordFleetChangesUseCase;
import dev.opsuite.dispatch.units.application.port.out.FleetProjectionStore;
import dev.opsuite.dispatch.units.domain.TransportUnit;
import dev.opsuite.dispatch.units.domain.TripTicket;
import dev.opsuite.dispatch.units.domain.TripTicketStatus;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class FleetProjectionService implements RecordFleetChangesUseCase, FindUnitsQuery {

    private final FleetProjectionStore fleet;

    FleetProjectionService(FleetProjectionStore fleet) {
        this.fleet = fleet;
    }

    @Override
    public Uni<Void> unitChanged(TransportUnit unit) {
        return fleet.upsertUnit(unit);
    }

    @Override
    public Uni<Void> tripTicketIssued(TripTicket ticket) {
        return fleet.upsertTripTicket(ticket);
    }

    @Override
    public Uni<Void> tripTicketEnded(String tenantId, UUID tripTicketId, TripTicketStatus status) {
        return fleet.endTripTicket(tenantId, tripTicketId, status);
    }

    @Override
    @WithSession
    public Uni<Optional<TransportUnit>> unit(String tenantId, UUID unitId) {
        return fleet.unit(tenantId, unitId);
    }

    @Override
    @WithSession
    public Uni<Optional<TripTicket>> tripTicket(String tenantId, UUID tripTicketId) {
        return fleet.tripTicket(tenantId, tripTicketId);
    }

    @Override
    @WithSession
    public Uni<List<TripTicket>> tripTickets(String tenantId, Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : fleet.tripTickets(tenantId, ids);
    }

    @Override
    @WithSession
    public Uni<Page<TransportUnit>> units(String tenantId, Boolean readyForOrder, PageRequest page) {
        return fleet.units(tenantId, readyForOrder, page);
    }

    @Override
    @WithSession
    public Uni<Page<TripTicket>> tripTickets(String tenantId, Set<TripTicketStatus> statuses, UUID unitId, PageRequest page) {
        if (unitId == null) {
            return fleet.tripTickets(tenantId, statuses, null, page);
        }
        return fleet.unit(tenantId, unitId)
                .map(unit -> unit.map(TripTicket.OfUnit::of).orElseGet(() -> TripTicket.OfUnit.named(unitId)))
                .chain(ofUnit -> fleet.tripTickets(tenantId, statuses, ofUnit, page));
    }

    @Override
    @WithSession
    public Uni<List<TransportUnit>> notBookable(String tenantId, Collection<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return fleet.units(tenantId, unitIds).map(units -> units.stream().filter(u -> !u.bookable()).toList());
    }
}
