package dev.opsuite.field.intake.infrastructure.persistence;

import dev.opsuite.field.intake.domain.ServiceCallStatus;
import dev.opsuite.field.intake.domain.Urgency;
import dev.opsuite.support.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "service_call")
class ServiceCallEntity extends AuditedEntity {

    @Id
    UUID id;
    @Column(nullable = false, updatable = false)
    String number;
    @Column(name = "customer_id", nullable = false, updatable = false)
    UUID customerId;
    @Column(name = "location_id", updatable = false)
    UUID locationId;
    @Column(nullable = false)
    String problem;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Urgency urgency;
    @Column(name = "preferred_window_from")
    Instant preferredWindowFrom;
    @Column(name = "preferred_window_to")
    Instant preferredWindowTo;
    @Column(name = "callback_of", updatable = false)
    UUID callbackOf;
    @Column(name = "callback_job_id", updatable = false)
    UUID callbackJobId;
    @Column(name = "callback_technician_id", updatable = false)
    UUID callbackTechnicianId;
    @Column(name = "callback_completed_at", updatable = false)
    Instant callbackCompletedAt;
    @Column(name = "callback_days_after", updatable = false)
    Long callbackDaysAfter;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ServiceCallStatus status;
}
