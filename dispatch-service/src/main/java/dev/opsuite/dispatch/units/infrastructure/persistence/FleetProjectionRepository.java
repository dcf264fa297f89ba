package dev.opsuite.dispatch.units.infrastructure.persistence;

import dev.opsuite.dispatch.units.application.port.out.FleetProjectionStore;
import dev.opsuite.dispatch.units.domain.TransportUnit;
import dev.opsuite.dispatch.units.domain.TripTicket;
import dev.opsuite.dispatch.units.domain.TripTicketStatus;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.persistence.JsonList;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Both projections of fleet. Events of one unit or ticket arrive in order, one at a time (keyed by it, one consumer
 * per partition), so a read before the write is enough; the unit's version guard also outlasts a redrive of an old
 * event from the dead-letter topic.
 */
@ApplicationScoped
class FleetProjectionRepository implements FleetProjectionStore {

    @Override
    public Uni<Void> upsertUnit(TransportUnit unit) {
        return Panache.getSession().chain(session -> session.find(TransportUnitEntity.class,
                new TenantKey(unit.tenantId(), unit.id())).chain(found -> {
                    if (found != null && found.unitVersion >= unit.unitVersion()) {
                        return Uni.createFrom().voidItem();
                    }
                    TransportUnitEntity e = found != null ? found : new TransportUnitEntity();
                    e.tenantId = unit.tenantId();
                    e.id = unit.id();
                    e.status = unit.status();
                    e.driverId = unit.driverId();
                    e.vehicleId = unit.vehicleId();
                    e.trailerId = unit.trailerId();
                    e.readyForOrder = unit.readyForOrder();
                    e.reasons = JsonList.of(unit.reasons());
                    e.unitVersion = unit.unitVersion();
                    e.changedAt = unit.changedAt();
                    return (found != null ? Uni.createFrom().voidItem() : session.persist(e)).call(session::flush);
                }));
    }

    @Override
    public Uni<Void> upsertTripTicket(TripTicket t) {
        return Panache.getSession().chain(session -> session.find(TripTicketEntity.class, new TenantKey(t.tenantId(), t.id()))
                .chain(found -> {
                    if (found != null && found.status != TripTicketStatus.OPEN) {
                        return Uni.createFrom().voidItem();
                    }
                    TripTicketEntity e = found != null ? found : new TripTicketEntity();
                    e.tenantId = t.tenantId();
                    e.id = t.id();
                    e.number = t.number();
                    e.vehicleId = t.crew().vehicleId();
                    e.registrationNumber = t.crew().registrationNumber();
                    e.driverId = t.crew().driverId();
                    e.driverNumber = t.crew().driverNumber();
                    e.trailerId = t.crew().trailerId();
                    e.transportUnitId = t.crew().transportUnitId();
                    e.plannedFrom = t.plannedFrom();
                    e.plannedTo = t.plannedTo();
                    e.orderReference = t.orderReference();
                    e.status = TripTicketStatus.OPEN;
                    return (found != null ? Uni.createFrom().voidItem() : session.persist(e)).call(session::flush);
                }));
    }

    @Override
    public Uni<Void> endTripTicket(String tenantId, UUID tripTicketId, TripTicketStatus status) {
        return Panache.getSession().chain(session -> session.find(TripTicketEntity.class, new TenantKey(tenantId, tripTicketId))
                .chain(found -> {
                    if (found == null) {
                        return Uni.createFrom().voidItem();
                    }
                    found.status = status;
                    return session.flush();
                }));
    }

    @Override
    public Uni<Optional<TransportUnit>> unit(String tenantId, UUID unitId) {
        return Panache.getSession().chain(s -> s.find(TransportUnitEntity.class, new TenantKey(tenantId, unitId)))
                .map(e -> Optional.ofNullable(e).map(FleetProjectionRepository::unit));
    }

    @Override
    public Uni<Optional<TripTicket>> tripTicket(String tenantId, UUID tripTicketId) {
        return Panache.getSession().chain(s -> s.find(TripTicketEntity.class, new TenantKey(tenantId, tripTicketId)))
                .map(e -> Optional.ofNullable(e).map(FleetProjectionRepository::ticket));
    }

    @Override
    public Uni<List<TripTicket>> tripTickets(String tenantId, Collection<UUID> ids) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "from TripTicketEntity where tenantId = :tenant and id in :ids", TripTicketEntity.class)
                .setParameter("tenant", tenantId).setParameter("ids", ids).getResultList())
                .map(rows -> rows.stream().map(FleetProjectionRepository::ticket).toList());
    }

    @Override
    public Uni<List<TransportUnit>> units(String tenantId, Collection<UUID> ids) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "from TransportUnitEntity where tenantId = :tenant and id in :ids", TransportUnitEntity.class)
                .setParameter("tenant", tenantId).setParameter("ids", ids).getResultList())
                .map(rows -> rows.stream().map(FleetProjectionRepository::unit).toList());
    }

    @Override
    public Uni<Page<TransportUnit>> units(String tenantId, Boolean readyForOrder, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).eq("readyForOrder", readyForOrder);
        return page(TransportUnitEntity.class, where, page).map(p -> p.map(FleetProjectionRepository::unit));
    }

    @Override
    public Uni<Page<TripTicket>> tripTickets(String tenantId, Set<TripTicketStatus> statuses, TripTicket.OfUnit ofUnit,
            PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).in("status", statuses);
        if (ofUnit != null && ofUnit.driverId() == null) {
            where.eq("transportUnitId", ofUnit.unitId());
        } else if (ofUnit != null) {
            where.where("transportUnitId = :unit or (driverId = :driver and vehicleId = :vehicle)",
                    Map.of("unit", ofUnit.unitId(), "driver", ofUnit.driverId(), "vehicle", ofUnit.vehicleId()));
        }
        return page(TripTicketEntity.class, where, page).map(p -> p.map(FleetProjectionRepository::ticket));
    }

    private static <E> Uni<Page<E>> page(Class<E> type, Criteria where, PageRequest page) {
        String from = "from " + type.getSimpleName() + " where " + where.query();
        return Panache.getSession().chain(s -> {
            var rows = s.createSelectionQuery(from + page.orderClause() + ", id", type);
            var count = s.createSelectionQuery("select count(*) " + from, Long.class);
            where.parameters().forEach((name, value) -> {
                rows.setParameter(name, value);
                count.setParameter(name, value);
            });
            return rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .chain(list -> count.getSingleResult().map(total -> Page.of(list, page, total)));
        });
    }

    static TransportUnit unit(TransportUnitEntity e) {
        return new TransportUnit(e.tenantId, e.id, e.status, e.driverId, e.vehicleId, e.trailerId, e.readyForOrder,
                e.reasons == null ? List.of() : e.reasons.lines(), e.unitVersion, e.changedAt);
    }

    static TripTicket ticket(TripTicketEntity e) {
        return new TripTicket(e.tenantId, e.id, e.number, new TripTicket.Crew(e.vehicleId, e.registrationNumber, e.driverId,
                e.driverNumber, e.trailerId, e.transportUnitId), e.plannedFrom, e.plannedTo, e.orderReference, e.status);
    }
}
