package dev.opsuite.field.quality.infrastructure.persistence;

import dev.opsuite.field.quality.application.port.in.DailyDashboardQuery.BookedDollars;
import dev.opsuite.field.quality.application.port.out.DashboardRecords;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** docs/quality.md's queries Q0 (booked dollars), Q4 (parts used by truck) and Q5 (callbacks per technician). */
@ApplicationScoped
class DashboardSql implements DashboardRecords {

    static final String BOOKED = """
            select j.priced_currency, sum(j.priced_total), count(*)
            from job_completion c
            join job j on j.tenant_id = c.tenant_id and j.id = c.job_id
            where c.tenant_id = ?1 and c.completed_at >= ?2 and c.completed_at < ?3 and j.priced_total is not null
            group by j.priced_currency
            order by j.priced_currency""";

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
    public Uni<List<BookedDollars>> bookedDollars(String tenantId, Instant from, Instant to) {
        return PeriodRows.of(BOOKED, tenantId, from, to).map(rows -> rows.stream()
                .map(r -> new BookedDollars((String) r[0], (BigDecimal) r[1], ((Number) r[2]).longValue())).toList());
    }

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
