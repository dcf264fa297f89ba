package dev.opsuite.field.jobs.infrastructure.persistence;

import dev.opsuite.field.jobs.application.port.out.JobStatusLog;
import dev.opsuite.field.jobs.domain.JobStatusEvent;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class JobStatusEventRepository implements PanacheRepositoryBase<JobStatusEventEntity, UUID>, JobStatusLog {

    @Override
    public Uni<Void> append(String tenantId, JobStatusEvent event) {
        JobStatusEventEntity e = new JobStatusEventEntity();
        e.id = event.id();
        e.tenantId = tenantId;
        e.jobId = event.jobId();
        e.fromStatus = event.from();
        e.toStatus = event.to();
        e.why = event.why();
        e.changedBy = event.by();
        e.changedAt = event.at();
        return persist(e).replaceWithVoid();
    }

    @Override
    public Uni<List<JobStatusEvent>> ofJob(String tenantId, UUID jobId) {
        return list("tenantId = ?1 and jobId = ?2 order by changedAt, id", tenantId, jobId)
                .map(JobStatusEventRepository::toDomain);
    }

    @Override
    public Uni<List<JobStatusEvent>> ofCustomer(String tenantId, UUID customerId) {
        return list("tenantId = ?1 and jobId in (select j.id from JobEntity j where j.tenantId = ?1 and j.customerId = ?2) "
                + "order by changedAt, id", tenantId, customerId).map(JobStatusEventRepository::toDomain);
    }

    private static List<JobStatusEvent> toDomain(List<JobStatusEventEntity> rows) {
        return rows.stream().map(e -> new JobStatusEvent(e.id, e.jobId, e.fromStatus, e.toStatus, e.why, e.changedBy,
                e.changedAt)).toList();
    }
}
