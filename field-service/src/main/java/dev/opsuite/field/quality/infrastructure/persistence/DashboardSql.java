package dev.opsuite.field.quality.infrastructure.persistence;

import dev.opsuite.field.quality.application.port.out.DashboardRecords;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** docs/quality.md's queries Q4 (parts used by truck) and Q5 (callbacks per technician). */
@ApplicationScoped
class DashboardSql implements DashboardRecords {

    static final String PARTS_USED = """
            select location_id, product_id, sum(quantity)
            from part_usage
            where tenant_id = ?1 and used_at >= ?2 and used_at < ?3
            group by location_id, product_id
            order by location_id, product_id""";

    static final String CALLBACKS = """
            select callback_technician_id, count(*)
            from service_call
            where tenant_id = ?1 and callback_job_id is not null and created_at > ?2 and created_at <= ?3
            group by callback_technician_id""";

    @Override
    public Uni<List<PartsUsedAt>> partsUsed(String tenantId, Instant from, Instant to) {
        return PeriodRows.of(PARTS_USED, tenantId, from, to).map(rows -> rows.stream()
                .map(r -> new PartsUsedAt((UUID) r[0], (UUID) r[1], (BigDecimal) r[2])).toList());
    }

    @Override
    public Uni<Map<UUID, Long>> callbacksByTechnician(String tenantId, Instant from, Instant to) {
        return PeriodRows.of(CALLBACKS, tenantId, from, to).map(rows -> {
            Map<UUID, Long> counts = new LinkedHashMap<>();
            rows.forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).longValue()));
            return counts;
        });
    }
}
