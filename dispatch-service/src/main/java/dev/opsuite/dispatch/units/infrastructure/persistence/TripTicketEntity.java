package dev.opsuite.dispatch.units.infrastructure.persistence;

import dev.opsuite.dispatch.units.domain.TripTicketStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of the trip ticket projection. */
@Entity
@Table(name = "trip_ticket_projection")
@IdClass(TenantKey.class)
class TripTicketEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;
    @Id
    UUID id;
    @Column(nullable = false)
    String number;
    @Column(name = "vehicle_id", nullable = false)
    UUID vehicleId;
    @Column(name = "registration_number")
    String registrationNumber;
    @Column(name = "driver_id", nullable = false)
    UUID driverId;
    @Column(name = "driver_number")
    String driverNumber;
    @Column(name = "trailer_id")
    UUID trailerId;
    @Column(name = "transport_unit_id")
    UUID transportUnitId;
    @Column(name = "planned_from", nullable = false)
    Instant plannedFrom;
    @Column(name = "planned_to", nullable = false)
    Instant plannedTo;
    @Column(name = "order_reference")
    String orderReference;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    TripTicketStatus status;
}
