package dev.opsuite.field.intake.infrastructure.persistence;

import dev.opsuite.field.intake.application.port.out.CompletedJobs;
import dev.opsuite.field.intake.domain.CompletedJob;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Completed jobs read from the view {@code job_completion} (V30). Read through the database, not the jobs
 * capability's ports: the jobs capability already depends on intake (a call's status follows its jobs), so intake
 * asking jobs would close a cycle; the view is the one definition of "completed when" both read.
 */
@ApplicationScoped
class CompletedJobsView implements CompletedJobs {

    private static final String COLUMNS = """
            select job_id, service_call_id, customer_id, location_id, technician_id, completed_at
            from job_completion where tenant_id = ?1
            """;

    @Override
    public Uni<Optional<CompletedJob>> latestOfCall(String tenantId, UUID serviceCallId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(COLUMNS + """
                        and service_call_id = ?2 order by completed_at desc, job_id limit 1""", Object[].class)
                .setParameter(1, tenantId)
                .setParameter(2, serviceCallId)
                .getResultList()).map(CompletedJobsView::first);
    }

    @Override
    public Uni<Optional<CompletedJob>> latestAt(String tenantId, UUID customerId, UUID locationId, Instant from, Instant to) {
        // The customer's service address is a null location: "is not distinct from" matches null to null.
        return Panache.getSession().chain(session -> session.createNativeQuery(COLUMNS + """
                        and customer_id = ?2 and location_id is not distinct from cast(?3 as uuid)
                        and completed_at >= ?4 and completed_at <= ?5
                        order by completed_at desc, job_id limit 1""", Object[].class)
                .setParameter(1, tenantId)
                .setParameter(2, customerId)
                .setParameter(3, locationId)
                .setParameter(4, from.atOffset(ZoneOffset.UTC))
                .setParameter(5, to.atOffset(ZoneOffset.UTC))
                .getResultList()).map(CompletedJobsView::first);
    }

    private static Optional<CompletedJob> first(List<Object[]> rows) {
        return rows.stream().findFirst().map(r -> new CompletedJob((UUID) r[0], (UUID) r[1], (UUID) r[2], (UUID) r[3],
                (UUID) r[4], r[5] instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) r[5]));
    }
}
