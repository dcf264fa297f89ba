package dev.opsuite.field.jobs.infrastructure.persistence;

import dev.opsuite.field.jobs.domain.JobStatus;
import dev.opsuite.field.kernel.Trade;
import dev.opsuite.support.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "job")
class JobEntity extends AuditedEntity {

    @Id
    UUID id;
    @Column(name = "service_call_id", nullable = false, updatable = false)
    UUID serviceCallId;
    @Column(name = "customer_id", nullable = false, updatable = false)
    UUID customerId;
    @Column(name = "location_id", updatable = false)
    UUID locationId;
    @Column(nullable = false)
    String title;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Trade trade;
    @Column(name = "skill_level", nullable = false)
    int skillLevel;
    @Column(name = "expected_minutes", nullable = false)
    int expectedMinutes;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    JobStatus status;
}
