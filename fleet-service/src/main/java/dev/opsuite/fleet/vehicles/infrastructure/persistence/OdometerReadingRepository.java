package dev.opsuite.fleet.vehicles.infrastructure.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class OdometerReadingRepository implements PanacheRepositoryBase<OdometerReadingEntity, UUID> {
}
