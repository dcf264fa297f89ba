package dev.opsuite.fleet.trips.infrastructure.persistence;

import dev.opsuite.fleet.trips.domain.TripTicketStatus;
import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.support.persistence.AuditedEntity;
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

/** A trip ticket row; the generated {@code period} column (its window) is the database's, not mapped. */
@Entity
@Table(name = "trip_ticket")
class TripTicketEntity extends AuditedEntity {

    @Id
    UUID id;
    @Column(nullable = false, updatable = false)
    String number;
    @Column(name = "vehicle_id", nullable = false, updatable = false)
    UUID vehicleId;
    @Enumerated(EnumType.STRING)
    @Column(name = "vehicle_kind", nullable = false, updatable = false)
    VehicleKind vehicleKind;
    @Column(name = "driver_id", nullable = false, updatable = false)
    UUID driverId;
    @Column(name = "trailer_id", updatable = false)
    UUID trailerId;
    @Column(name = "transport_unit_id", updatable = false)
    UUID transportUnitId;
    @Column(name = "planned_from", nullable = false, updatable = false)
    Instant plannedFrom;
    @Column(name = "planned_to", nullable = false, updatable = false)
    Instant plannedTo;
    @Column(nullable = false, updatable = false)
    String origin;
    @Column(nullable = false, updatable = false)
    String destination;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, updatable = false)
    String[] via;
    @Column(nullable = false, updatable = false)
    String purpose;
    @Column(name = "order_reference", updatable = false)
    String orderReference;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    TripTicketStatus status;
    @Column(name = "odometer_out_km", nullable = false, updatable = false)
    long odometerOutKm;
    @Column(name = "odometer_in_km")
    Long odometerInKm;
    @Column(name = "distance_km")
    Long distanceKm;
    @Column(name = "departed_at")
    Instant departedAt;
    @Column(name = "returned_at")
    Instant returnedAt;
    @Column(name = "closed_by")
    String closedBy;
    @Column(name = "closed_at")
    Instant closedAt;
    @Column(name = "cancelled_by")
    String cancelledBy;
    @Column(name = "cancelled_at")
    Instant cancelledAt;
    @Column(name = "cancel_reason")
    String cancelReason;
}
