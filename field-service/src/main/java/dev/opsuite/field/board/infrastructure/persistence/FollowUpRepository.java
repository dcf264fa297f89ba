package dev.opsuite.field.board.infrastructure.persistence;

import dev.opsuite.field.board.application.port.out.FollowUpStore;
import dev.opsuite.field.board.domain.FollowUp;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
class FollowUpRepository implements FollowUpStore {

    private static final String KEEP = """
            insert into follow_up (tenant_id, job_id, technician_id, starts_at, ends_at, product_id, suggested_at)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            on conflict (tenant_id, job_id) do update
               set technician_id = excluded.technician_id, starts_at = excluded.starts_at, ends_at = excluded.ends_at,
                   product_id = excluded.product_id, suggested_at = excluded.suggested_at""";

    private static final String OF_JOBS = """
            select job_id, technician_id, starts_at, ends_at, product_id, suggested_at
            from follow_up where tenant_id = ?1 and job_id in (?2)""";

    @Override
    public Uni<Void> keep(String tenantId, FollowUp f) {
        return Panache.getSession().chain(session -> session.createNativeQuery(KEEP)
                .setParameter(1, tenantId)
                .setParameter(2, f.jobId())
                .setParameter(3, f.technicianId())
                .setParameter(4, f.start().atOffset(ZoneOffset.UTC))
                .setParameter(5, f.end().atOffset(ZoneOffset.UTC))
                .setParameter(6, f.productId())
                .setParameter(7, f.suggestedAt().atOffset(ZoneOffset.UTC))
                .executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<Optional<FollowUp>> find(String tenantId, UUID jobId) {
        return ofJobs(tenantId, List.of(jobId)).map(found -> Optional.ofNullable(found.get(jobId)));
    }

    @Override
    public Uni<Map<UUID, FollowUp>> ofJobs(String tenantId, Collection<UUID> jobIds) {
        if (jobIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(OF_JOBS, Object[].class)
                        .setParameter(1, tenantId)
                        .setParameter(2, List.copyOf(jobIds))
                        .getResultList())
                .map(rows -> rows.stream().map(r -> new FollowUp((UUID) r[0], (UUID) r[1], instant(r[2]), instant(r[3]),
                                (UUID) r[4], instant(r[5])))
                        .collect(Collectors.toMap(FollowUp::jobId, Function.identity())));
    }

    @Override
    public Uni<Void> forget(String tenantId, UUID jobId) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("delete from follow_up where tenant_id = ?1 and job_id = ?2")
                .setParameter(1, tenantId)
                .setParameter(2, jobId)
                .executeUpdate()).replaceWithVoid();
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }
}
