package dev.opsuite.fleet.infrastructure.persistence;

import dev.opsuite.fleet.application.port.out.VehicleStatusStore;
import dev.opsuite.fleet.domain.Vehicle;
import dev.opsuite.support.paging.Criteria;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The vehicle table as transport units and documents use it (the register itself is VehicleRepository's). */
@ApplicationScoped
class VehicleStatusRepository implements PanacheRepositoryBase<VehicleEntity, UUID>, VehicleStatusStore {

    @Override
    public Uni<Map<UUID, Vehicle>> findAll(String tenantId, Collection<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Criteria where = Criteria.forTenant(tenantId).in("id", Set.copyOf(ids));
        return ReadOnly.list(getSession(), VehicleEntity.class, where.query(), where.parameters())
                .map(rows -> rows.stream().map(VehicleRepository::toDomain)
                .collect(Collectors.toMap(Vehicle::id, Function.identity())));
    }

    @Override
    public Uni<Vehicle> findForShare(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).withLock(LockModeType.PESSIMISTIC_READ).firstResult()
                .map(e -> e == null ? null : VehicleRepository.toDomain(e));
    }

    @Override
    public Uni<Vehicle> save(Vehicle vehicle) {
        // Loaded for update in this session: copying the status onto it and flushing bumps the version.
        return findById(vehicle.id()).invoke(e -> {
            e.status = vehicle.status();
            e.updatedBy = vehicle.updatedBy();
            e.updatedAt = vehicle.updatedAt();
        }).call(e -> flush()).map(VehicleRepository::toDomain);
    }
}
