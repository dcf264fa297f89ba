package dev.opsuite.fleet.vehicles.infrastructure.persistence;

import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.fleet.kernel.VehicleStatus;
import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery.Count;
import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery.VehicleFilter;
import dev.opsuite.fleet.vehicles.application.port.out.VehicleStore;
import dev.opsuite.fleet.vehicles.domain.OdometerReading;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.persistence.Envelopes;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.fleet.kernel.persistence.TenantRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class VehicleRepository implements TenantRepository<VehicleEntity, Vehicle>, VehicleStore {

    private static final String READINGS = """
            select o.vehicleId, min(o.odometerKm), min(o.readAt), max(o.odometerKm), max(o.readAt)
            from OdometerReadingEntity o
            where o.tenantId = :tenantId and o.vehicleId in :vehicleIds and o.readAt >= :since and o.readAt <= :until
            group by o.vehicleId""";

    private final OdometerReadingRepository readings;

    VehicleRepository(OdometerReadingRepository readings) {
        this.readings = readings;
    }

    @Override
    public Uni<Page<Vehicle>> list(String tenantId, VehicleFilter filter, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).eq("kind", filter.kind()).eq("status", filter.status());
        var query = find(where.query() + page.orderClause(), where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(this::toDomain).toList(), page, total)));
    }

    @Override
    public Uni<Vehicle> add(Vehicle vehicle) {
        VehicleEntity e = new VehicleEntity();
        e.id = vehicle.id();
        e.kind = vehicle.kind();
        copy(vehicle, e);
        // Flushed at once: a registration number already taken fails inside the use case, and the problem
        // mapping turns the constraint into its rejection (VehicleConstraints).
        return persist(e).call(this::flush).map(this::toDomain);
    }

    @Override
    public Uni<Vehicle> save(Vehicle vehicle) {
        // Loaded for update in this session: copying onto the entity and flushing writes the change and bumps the
        // version, which the caller returns as the ETag.
        return findById(vehicle.id()).invoke(e -> copy(vehicle, e)).call(e -> flush()).map(this::toDomain);
    }

    @Override
    public Uni<Vehicle> saveWithReading(Vehicle vehicle, OdometerReading reading) {
        OdometerReadingEntity r = new OdometerReadingEntity();
        r.id = reading.id();
        r.tenantId = reading.tenantId();
        r.vehicleId = reading.vehicleId();
        r.odometerKm = reading.odometerKm();
        r.readAt = reading.readAt();
        r.recordedBy = reading.recordedBy();
        r.recordedAt = reading.recordedAt();
        return readings.persist(r).chain(() -> save(vehicle));
    }

    @Override
    public Uni<List<Count>> countByKindAndStatus(String tenantId) {
        return getSession().chain(session -> session.createSelectionQuery(
                        "select kind, status, count(*) from VehicleEntity where tenantId = :tenantId group by kind, status",
                        Object[].class)
                .setParameter("tenantId", tenantId)
                .getResultList())
                .map(rows -> rows.stream().map(row -> new Count((VehicleKind) row[0], (VehicleStatus) row[1], (Long) row[2]))
                        .toList());
    }

    @Override
    public Uni<Map<UUID, OdometerReading.Window>> readingWindows(String tenantId, Collection<UUID> vehicleIds, Instant since,
            Instant until) {
        if (vehicleIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return getSession().chain(session -> session.createSelectionQuery(READINGS, Object[].class)
                        .setParameter("tenantId", tenantId)
                        .setParameter("vehicleIds", Set.copyOf(vehicleIds))
                        .setParameter("since", since)
                        .setParameter("until", until)
                        .getResultList())
                .map(rows -> {
                    Map<UUID, OdometerReading.Window> windows = new HashMap<>();
                    // Odometers only go up, so the lowest reading of the window is its first and the highest its last.
                    rows.forEach(row -> windows.put((UUID) row[0], new OdometerReading.Window((Long) row[1],
                            (Instant) row[2], (Long) row[3], (Instant) row[4])));
                    return windows;
                });
    }

    private static void copy(Vehicle v, VehicleEntity e) {
        e.registrationNumber = v.registrationNumber();
        e.make = v.make();
        e.model = v.model();
        e.vin = v.vin();
        e.odometerKm = v.odometerKm();
        e.odometerReadAt = v.odometerReadAt();
        e.assignmentMode = v.assignmentMode();
        e.status = v.status();
        Envelopes.stamp(e, v.envelope());
    }

    @Override
    public Class<VehicleEntity> rowType() {
        return VehicleEntity.class;
    }

    @Override
    public Vehicle toDomain(VehicleEntity e) {
        return new Vehicle(Envelopes.of(e.id, e), new Vehicle.Particulars(e.registrationNumber, e.kind, e.make, e.model,
                e.vin), e.assignmentMode, e.odometerKm, e.odometerReadAt, e.status);
    }
}
