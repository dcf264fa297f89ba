package dev.opsuite.fleet.trips.infrastructure.persistence;

import dev.opsuite.fleet.trips.application.port.in.FindTripTicketsQuery.TripTicketFilter;
import dev.opsuite.fleet.trips.application.port.out.TripTicketStore;
import dev.opsuite.fleet.trips.domain.TripTicket;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.persistence.Envelopes;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class TripTicketRepository implements PanacheRepositoryBase<TripTicketEntity, UUID>, TripTicketStore {

    @Override
    public Uni<Optional<TripTicket>> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult().map(e -> Optional.ofNullable(e).map(TripTicketRepository::toDomain));
    }

    @Override
    public Uni<Page<TripTicket>> list(String tenantId, TripTicketFilter f, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).eq("vehicleId", f.vehicleId()).eq("driverId", f.driverId())
                .in("status", f.statuses()).eq("orderReference", f.orderReference());
        // The window a ticket holds: the actual one once closed, the planned one before; [from, to) overlaps it.
        if (f.to() != null) {
            Map<String, Object> p = new HashMap<>();
            p.put("windowTo", f.to());
            where.where("coalesce(departedAt, plannedFrom) < :windowTo", p);
        }
        if (f.from() != null) {
            Map<String, Object> p = new HashMap<>();
            p.put("windowFrom", f.from());
            where.where("coalesce(returnedAt, plannedTo) > :windowFrom", p);
        }
        var query = find(where.query() + page.orderClause() + ", id", where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(TripTicketRepository::toDomain).toList(), page, total)));
    }

    @Override
    public Uni<TripTicket> add(TripTicket t) {
        TripTicketEntity e = new TripTicketEntity();
        e.id = t.id();
        e.number = t.number();
        e.vehicleId = t.vehicleId();
        e.vehicleKind = t.vehicleKind();
        e.driverId = t.driverId();
        e.trailerId = t.trailerId();
        e.transportUnitId = t.transportUnitId();
        e.plannedFrom = t.plannedFrom();
        e.plannedTo = t.plannedTo();
        e.origin = t.origin();
        e.destination = t.destination();
        e.via = t.via().toArray(String[]::new);
        e.purpose = t.purpose();
        e.orderReference = t.orderReference();
        e.odometerOutKm = t.odometerOutKm();
        copy(t, e);
        return persist(e).call(this::flush).map(TripTicketRepository::toDomain);
    }

    @Override
    public Uni<TripTicket> save(TripTicket ticket) {
        // Loaded by find in this session: copying onto it and flushing bumps the version (the new ETag).
        return findById(ticket.id()).invoke(e -> copy(ticket, e)).call(e -> flush()).map(TripTicketRepository::toDomain);
    }

    private static void copy(TripTicket t, TripTicketEntity e) {
        Envelopes.stamp(e, t.envelope());
        e.status = t.status();
        e.odometerInKm = t.odometerInKm();
        e.distanceKm = t.distanceKm();
        e.departedAt = t.departedAt();
        e.returnedAt = t.returnedAt();
        e.closedBy = t.closedBy();
        e.closedAt = t.closedAt();
        e.cancelledBy = t.cancelledBy();
        e.cancelledAt = t.cancelledAt();
        e.cancelReason = t.cancelReason();
    }

    static TripTicket toDomain(TripTicketEntity e) {
        var crew = new TripTicket.Crew(e.vehicleId, e.vehicleKind, e.driverId, e.trailerId, e.transportUnitId);
        var plan = new TripTicket.Plan(e.plannedFrom, e.plannedTo, e.origin, e.destination, Arrays.asList(e.via), e.purpose,
                e.orderReference);
        var closing = e.closedAt == null ? null : new TripTicket.Closing(e.odometerInKm, e.distanceKm, e.departedAt,
                e.returnedAt, e.closedBy, e.closedAt);
        var cancellation = e.cancelledAt == null ? null : new TripTicket.Cancellation(e.cancelReason, e.cancelledBy,
                e.cancelledAt);
        return new TripTicket(Envelopes.of(e.id, e), e.number, crew, plan, e.status, e.odometerOutKm, closing, cancellation);
    }
}
