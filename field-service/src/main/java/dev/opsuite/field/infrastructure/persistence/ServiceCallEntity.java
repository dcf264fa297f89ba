package dev.opsuite.field.infrastructure.persistence;

import dev.opsuite.field.domain.ServiceCallStatus;
import dev.opsuite.field.domain.Urgency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "service_call")
class ServiceCallEntity {

    @Id
    UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;
    @Column(nullable = false, updatable = false)
    String number;
    @Column(name = "customer_id", nullable = false, updatable = false)
    UUID customerId;
    @Column(nullable = false)
    String problem;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Urgency urgency;
    @Column(name = "callback_of", updatable = false)
    UUID callbackOf;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ServiceCallStatus status;
    @Column(name = "created_by", nullable = false, updatable = false)
    String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;
    @Column(name = "updated_by", nullable = false)
    String updatedBy;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Version
    long version;
}
