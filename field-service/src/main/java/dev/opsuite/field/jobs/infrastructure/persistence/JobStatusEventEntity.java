package dev.opsuite.field.jobs.infrastructure.persistence;

import dev.opsuite.field.jobs.domain.JobStatus;
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
@Table(name = "job_status_event")
class JobStatusEventEntity extends PanacheEntityBase {

    @Id
    UUID id;
    @Column(name = "tenant_id", nullable = false)
    String tenantId;
    @Column(name = "job_id", nullable = false)
    UUID jobId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    JobStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    JobStatus toStatus;
    String why;
    @Column(name = "changed_by", nullable = false)
    String changedBy;
    @Column(name = "changed_at", nullable = false)
    Instant changedAt;
}
