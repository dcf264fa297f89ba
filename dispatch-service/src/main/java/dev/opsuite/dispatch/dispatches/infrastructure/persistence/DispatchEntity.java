package dev.opsuite.dispatch.dispatches.infrastructure.persistence;

import dev.opsuite.dispatch.dispatches.domain.DispatchStatus;
import dev.opsuite.dispatch.dispatches.domain.StatusChange;
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

/** A dispatch row; the generated {@code booked} range (its window) is the database's, not mapped. */
@Entity
@Table(name = "dispatch")
class DispatchEntity extends AuditedEntity {

    @Id
    UUID id;
    @Column(nullable = false, updatable = false)
    String number;
    @Column(nullable = false)
    Instant datetime;
    @Column(name = "unit_id", nullable = false)
    UUID unitId;
    @Column(name = "vehicle_id", nullable = false)
    UUID vehicleId;
    @Column(name = "driver_id", nullable = false)
    UUID driverId;
    @Column(name = "trailer_id")
    UUID trailerId;
    @Column(name = "trip_ticket_id", nullable = false, updatable = false)
    UUID tripTicketId;
    @Column(name = "trip_ticket_number")
    String tripTicketNumber;
    @Column(name = "order_reference")
    String orderReference;
    @Column(name = "window_from", nullable = false)
    Instant windowFrom;
    @Column(name = "window_to", nullable = false)
    Instant windowTo;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    DispatchStatus status;
    @Column(name = "invoice_count", nullable = false)
    int invoiceCount;
    @Column(name = "departed_at")
    Instant departedAt;
    @Column(name = "recipient_name")
    String recipientName;
    @Column(name = "received_at")
    Instant receivedAt;
    @Column(name = "proof_uploaded", nullable = false)
    boolean proofUploaded;
    @Column(name = "proof_attached", nullable = false)
    boolean proofAttached;
    @Column(name = "cancel_reason")
    String cancelReason;
    @Column(name = "cancelled_by")
    String cancelledBy;
    @Column(name = "cancelled_at")
    Instant cancelledAt;
    @Column(name = "deleted_by")
    String deletedBy;
    @Column(name = "deleted_at")
    Instant deletedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    JsonList<StatusChange> history;
}
