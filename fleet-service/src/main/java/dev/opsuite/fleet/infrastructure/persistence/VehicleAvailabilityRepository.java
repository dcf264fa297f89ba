package dev.opsuite.fleet.infrastructure.persistence;

import dev.opsuite.fleet.application.port.out.VehicleAvailabilityStore;
import dev.opsuite.fleet.domain.Vehicle;
import dev.opsuite.fleet.domain.VehicleKind;
import dev.opsuite.fleet.domain.VehicleStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The vehicle's status column and the fleet's counts; the rest of the vehicle is VehicleRepository's. */
@ApplicationScoped
class VehicleAvailabilityRepository implements PanacheRepositoryBase<VehicleEntity, UUID>, VehicleAvailabilityStore {

    @Override
    public Uni<Vehicle> saveStatus(Vehicle vehicle) {
        // Loaded (and locked) by VehicleStore.findForUpdate in this session; the flush bumps its version.
        return findById(vehicle.id())
                .invoke(e -> {
                    e.status = vehicle.status();
                    e.updatedBy = vehicle.updatedBy();
                    e.updatedAt = vehicle.updatedAt();
                })
                .call(e -> flush())
                .map(VehicleRepository::toDomain);
    }

    @Override
    public Uni<List<Count>> countByKindAndStatus(String tenantId) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "select kind, status, count(*) from VehicleEntity where tenantId = :tenantId group by kind, status",
                        Object[].class)
                .setParameter("tenantId", tenantId)
                .getResultList())
                .map(rows -> rows.stream().map(row -> new Count((VehicleKind) row[0], (VehicleStatus) row[1], (Long) row[2]))
                        .toList());
    }
}
