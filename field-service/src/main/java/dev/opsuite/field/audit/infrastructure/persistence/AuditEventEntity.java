package dev.opsuite.field.audit.infrastructure.persistence;

import dev.opsuite.field.audit.domain.AuditEvent.Action;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "audit_event")
class AuditEventEntity extends PanacheEntityBase {

    @Id
    UUID id;
    @Column(name = "tenant_id", nullable = false)
    String tenantId;
    @Column(name = "record_type", nullable = false)
    String recordType;
    @Column(name = "record_id", nullable = false)
    UUID recordId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Action action;
    @Column(nullable = false)
    long version;
    @Column(name = "customer_id")
    UUID customerId;
    @Column(name = "job_id")
    UUID jobId;
    @Column(name = "changed_by", nullable = false)
    String changedBy;
    @Column(name = "changed_at", nullable = false)
    Instant changedAt;
}
