package dev.opsuite.inventory.stock.infrastructure.persistence;

import dev.opsuite.inventory.stock.application.port.out.PartUsageStore;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class PartUsageRepository implements PartUsageStore {

    // Racing bookings of one usage: the second insert waits for the first to commit, then inserts nothing.
    private static final String CLAIM = """
            insert into part_usage (tenant_id, usage_id, job_id) values (?1, ?2, ?3)
            on conflict (tenant_id, usage_id) do nothing""";

    @Override
    public Uni<Boolean> claim(String tenantId, UUID usageId, UUID jobId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(CLAIM)
                        .setParameter(1, tenantId)
                        .setParameter(2, usageId)
                        .setParameter(3, jobId)
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
