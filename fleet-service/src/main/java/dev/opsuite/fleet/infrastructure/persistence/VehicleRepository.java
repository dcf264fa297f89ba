package dev.opsuite.fleet.infrastructure.persistence;

import dev.opsuite.fleet.application.port.in.FindVehiclesQuery.VehicleFilter;
import dev.opsuite.fleet.application.port.out.VehicleStore;
import dev.opsuite.fleet.domain.OdometerReading;
import dev.opsuite.fleet.domain.Vehicle;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

@ApplicationScoped
class VehicleRepository implements PanacheRepositoryBase<VehicleEntity, UUID>, VehicleStore {

    private final OdometerReadingRepository readings;

    VehicleRepository(OdometerReadingRepository readings) {
        this.readings = readings;
    }

    @Override
    public Uni<Vehicle> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult().map(e -> e == null ? null : toDomain(e));
    }

    @Override
    public Uni<Vehicle> findForUpdate(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult().map(e -> e == null ? null : toDomain(e));
    }

    @Override
    public Uni<Page<Vehicle>> list(String tenantId, VehicleFilter filter, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).eq("kind", filter.kind()).eq("status", filter.status());
        var query = find(where.query() + page.orderClause(), where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(VehicleRepository::toDomain).toList(), page, total)));
    }

    @Override
    public Uni<Vehicle> add(Vehicle vehicle) {
        VehicleEntity e = new VehicleEntity();
        e.id = vehicle.id();
        e.tenantId = vehicle.tenantId();
        e.kind = vehicle.kind();
        e.createdBy = vehicle.createdBy();
        e.createdAt = vehicle.createdAt();
        copy(vehicle, e);
        // Flushed at once: a registration number already taken fails inside the use case, and the problem
        // mapping turns the constraint into its rejection (VehicleConstraints).
        return persist(e).call(this::flush)
                .map(VehicleRepository::toDomain);
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
        // The entity is already in this session (loaded by findForUpdate); copying onto it and flushing
        // writes the change and bumps the version, which the caller returns as the ETag.
        return readings.persist(r)
                .chain(() -> findById(vehicle.id()))
                .invoke(e -> copy(vehicle, e))
                .call(e -> flush())
                .map(VehicleRepository::toDomain);
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
        e.updatedBy = v.updatedBy();
        e.updatedAt = v.updatedAt();
    }

    static Vehicle toDomain(VehicleEntity e) {
        return new Vehicle(e.id, e.tenantId, e.registrationNumber, e.kind, e.make, e.model, e.vin, e.odometerKm,
                e.odometerReadAt, e.assignmentMode, e.status, e.createdBy, e.createdAt, e.updatedBy, e.updatedAt, e.version);
    }
}
