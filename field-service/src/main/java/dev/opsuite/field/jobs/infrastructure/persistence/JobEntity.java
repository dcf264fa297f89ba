package dev.opsuite.field.jobs.infrastructure.persistence;

import dev.opsuite.field.jobs.domain.JobStatus;
import dev.opsuite.field.jobs.domain.LaborEntry;
import dev.opsuite.field.jobs.domain.PartUsed;
import dev.opsuite.field.kernel.Trade;
import dev.opsuite.support.persistence.AuditedEntity;
import dev.opsuite.support.persistence.JsonList;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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
    @Column(name = "technician_id")
    UUID technicianId;
    @Column(name = "scheduled_start")
    Instant scheduledStart;
    @Column(name = "scheduled_end")
    Instant scheduledEnd;
    @Column(name = "diagnosis_findings")
    String diagnosisFindings;
    @Column(name = "diagnosis_cause")
    String diagnosisCause;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    JsonList<LaborEntry> labor;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "parts_used", nullable = false)
    JsonList<PartUsed> partsUsed;
    @Column(name = "blocked_since")
    Instant blockedSince;
    @Column(name = "waiting_for")
    String waitingFor;
    @Column(name = "cancel_reason")
    String cancelReason;
}
