package dev.opsuite.fleet.trips.infrastructure.persistence;

import dev.opsuite.fleet.trips.application.port.out.DrivingRecordStore;
import dev.opsuite.fleet.trips.domain.DrivingPeriod;
import dev.opsuite.fleet.kernel.DrivingSource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class DrivingPeriodRepository implements PanacheRepositoryBase<DrivingPeriodEntity, UUID>, DrivingRecordStore {

    // Range containment on the generated period column: what the GiST index (tenant, vehicle, period) answers.
    private static final String COVERING = """
            select id, tenant_id, vehicle_id, driver_id, trailer_id, starts_at, ends_at, order_reference, source,
                   source_id, source_number, recorded_at, version
            from driving_period
            where tenant_id = ?1 and vehicle_id = ?2 and period @> cast(?3 as timestamptz)""";

    private final Clock clock;

    DrivingPeriodRepository(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Uni<Void> record(DrivingPeriod p) {
        return find("tenantId = ?1 and source = ?2 and sourceId = ?3", p.tenantId(), p.source(), p.sourceId())
                .firstResult()
                .chain(existing -> {
                    DrivingPeriodEntity e = existing;
                    if (e == null) {
                        e = new DrivingPeriodEntity();
                        e.id = UUID.randomUUID();
                        e.tenantId = p.tenantId();
                        e.source = p.source();
                        e.sourceId = p.sourceId();
                    }
                    e.vehicleId = p.vehicleId();
                    e.driverId = p.driverId();
                    e.trailerId = p.trailerId();
                    e.startsAt = p.startsAt();
                    e.endsAt = p.endsAt();
                    e.orderReference = p.orderReference();
                    e.sourceNumber = p.sourceNumber();
                    e.recordedAt = clock.instant();
                    return (existing == null ? persist(e) : Uni.createFrom().item(e)).call(this::flush);
                })
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> remove(String tenantId, DrivingSource source, UUID sourceId) {
        return delete("tenantId = ?1 and source = ?2 and sourceId = ?3", tenantId, source, sourceId).replaceWithVoid();
    }

    @Override
    public Uni<List<DrivingPeriod>> covering(String tenantId, UUID vehicleId, Instant at) {
        return Panache.getSession().chain(session -> session.createNativeQuery(COVERING, DrivingPeriodEntity.class)
                        .setParameter(1, tenantId)
                        .setParameter(2, vehicleId)
                        .setParameter(3, at)
                        .getResultList())
                .map(rows -> rows.stream().map(DrivingPeriodRepository::toDomain).toList());
    }

    static DrivingPeriod toDomain(DrivingPeriodEntity e) {
        return new DrivingPeriod(e.tenantId, e.vehicleId, e.driverId, e.trailerId, e.startsAt, e.endsAt, e.orderReference,
                e.source, e.sourceId, e.sourceNumber);
    }
}
