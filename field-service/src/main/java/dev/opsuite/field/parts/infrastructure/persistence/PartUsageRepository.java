package dev.opsuite.field.parts.infrastructure.persistence;

import dev.opsuite.field.parts.application.port.out.PartUsageStore;
import dev.opsuite.field.parts.domain.PartsEvents.PartsUsed;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;

@ApplicationScoped
class PartUsageRepository implements PartUsageStore {

    private static final String ADD = """
            insert into part_usage (id, tenant_id, job_id, reservation_id, product_id, quantity, location_id, used_by, used_at)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""";

    @Override
    public Uni<Void> add(PartsUsed u) {
        return Panache.getSession().chain(session -> session.createNativeQuery(ADD)
                .setParameter(1, u.usageId())
                .setParameter(2, u.tenantId())
                .setParameter(3, u.jobId())
                .setParameter(4, u.reservationId())
                .setParameter(5, u.productId())
                .setParameter(6, u.quantity())
                .setParameter(7, u.locationId())
                .setParameter(8, u.usedBy())
                .setParameter(9, u.usedAt().atOffset(ZoneOffset.UTC))
                .executeUpdate()).replaceWithVoid();
    }
}
