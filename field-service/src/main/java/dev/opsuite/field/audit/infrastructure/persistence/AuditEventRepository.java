package dev.opsuite.field.audit.infrastructure.persistence;

import dev.opsuite.field.audit.application.port.out.AuditEventStore;
import dev.opsuite.field.audit.domain.AuditEvent;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class AuditEventRepository implements PanacheRepositoryBase<AuditEventEntity, UUID>, AuditEventStore {

    @Override
    public Uni<Void> append(AuditEvent a) {
        AuditEventEntity e = new AuditEventEntity();
        e.id = a.id();
        e.tenantId = a.tenantId();
        e.recordType = a.recordType();
        e.recordId = a.recordId();
        e.action = a.action();
        e.version = a.version();
        e.customerId = a.customerId();
        e.jobId = a.jobId();
        e.changedBy = a.by();
        e.changedAt = a.at();
        return persist(e).replaceWithVoid();
    }

    @Override
    public Uni<List<AuditEvent>> ofCustomer(String tenantId, UUID customerId) {
        // A job's records (its appointments) name the job only; the job's own row names the customer.
        return list("tenantId = ?1 and (customerId = ?2 or jobId in (select a.jobId from AuditEventEntity a "
                        + "where a.tenantId = ?1 and a.customerId = ?2 and a.jobId is not null)) order by changedAt, id",
                tenantId, customerId).map(AuditEventRepository::toDomain);
    }

    @Override
    public Uni<List<AuditEvent>> ofJob(String tenantId, UUID jobId) {
        return list("tenantId = ?1 and jobId = ?2 order by changedAt, version, id", tenantId, jobId)
                .map(AuditEventRepository::toDomain);
    }

    private static List<AuditEvent> toDomain(List<AuditEventEntity> rows) {
        return rows.stream().map(e -> new AuditEvent(e.id, e.tenantId, e.recordType, e.recordId, e.action, e.version,
                e.customerId, e.jobId, e.changedBy, e.changedAt)).toList();
    }
}
