package dev.opsuite.field.quality.infrastructure.persistence;

import dev.opsuite.field.quality.application.port.out.PartsReportRecords;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The parts report's rows (docs/quality.md, Q7 and Q8). */
@ApplicationScoped
class PartsReportSql implements PartsReportRecords {

    static final String USAGES = """
            select used_at, job_id, product_id, quantity, location_id, used_by from part_usage
            where tenant_id = ?1 and used_at >= ?2 and used_at < ?3 order by used_at, id""";

    static final String RESERVATIONS = """
            select created_at, job_id, product_id, quantity, used, location_id, status from part_reservation
            where tenant_id = ?1 and created_at >= ?2 and created_at < ?3 order by created_at, id""";

    @Override
    public Uni<List<Usage>> usages(String tenantId, Instant from, Instant to) {
        return PeriodRows.of(USAGES, tenantId, from, to).map(rows -> rows.stream().map(r -> new Usage(
                PeriodRows.instant(r[0]), (UUID) r[1], (UUID) r[2], (BigDecimal) r[3], (UUID) r[4], (String) r[5]))
                .toList());
    }

    @Override
    public Uni<List<Reservation>> reservations(String tenantId, Instant from, Instant to) {
        return PeriodRows.of(RESERVATIONS, tenantId, from, to).map(rows -> rows.stream().map(r -> new Reservation(
                PeriodRows.instant(r[0]), (UUID) r[1], (UUID) r[2], (BigDecimal) r[3], (BigDecimal) r[4],
                (UUID) r[5], (String) r[6])).toList());
    }
}
