package dev.opsuite.field.parts.infrastructure.persistence;

import dev.opsuite.field.parts.domain.PartReservationStatus;
import dev.opsuite.support.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "part_reservation")
class PartReservationEntity extends AuditedEntity {

    @Id
    UUID id;
    @Column(name = "job_id", nullable = false, updatable = false)
    UUID jobId;
    @Column(name = "technician_id", updatable = false)
    UUID technicianId;
    @Column(name = "product_id", nullable = false, updatable = false)
    UUID productId;
    @Column(nullable = false, updatable = false)
    BigDecimal quantity;
    @Column(name = "location_id", nullable = false, updatable = false)
    UUID locationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    PartReservationStatus status;
    @Column(nullable = false)
    BigDecimal used;
    @Column(name = "stock_reservation_id")
    UUID stockReservationId;
    @Column(name = "rejection_reason")
    String rejectionReason;
    BigDecimal available;
    String detail;
    @Column(name = "answered_at")
    Instant answeredAt;
    @Column(name = "cancel_reason")
    String cancelReason;
    @Column(name = "cancelled_by")
    String cancelledBy;
    @Column(name = "cancelled_at")
    Instant cancelledAt;
}
