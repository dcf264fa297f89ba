package dev.opsuite.field.quality.infrastructure.persistence;

import dev.opsuite.field.quality.application.port.out.CompletionStore;
import dev.opsuite.field.quality.domain.Completion;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Completions from the view job_completion (V30) with the callbacks intake linked to them (docs/quality.md, Q1). */
@ApplicationScoped
class CompletionRecords implements CompletionStore {

    static final String COMPLETED = """
            select c.job_id, c.technician_id, c.completed_at,
                   exists (select 1 from service_call s
                           where s.tenant_id = c.tenant_id and s.callback_job_id = c.job_id and s.created_at <= ?3)
            from job_completion c
            where c.tenant_id = ?1 and c.completed_at > ?2 and c.completed_at <= ?3
            order by c.completed_at, c.job_id""";

    @Override
    public Uni<List<Completion>> completed(String tenantId, Instant from, Instant to) {
        return PeriodRows.of(COMPLETED, tenantId, from, to)
                .map(rows -> rows.stream().map(r -> new Completion((UUID) r[0], (UUID) r[1], PeriodRows.instant(r[2]),
                        (Boolean) r[3])).toList());
    }
}
