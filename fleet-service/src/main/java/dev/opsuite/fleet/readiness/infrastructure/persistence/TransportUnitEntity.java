package dev.opsuite.fleet.readiness.infrastructure.persistence;

import dev.opsuite.fleet.readiness.domain.TransportUnitStatus;
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
@Table(name = "transport_unit")
class TransportUnitEntity extends AuditedEntity {

    @Id
    UUID id;
    @Column(name = "driver_id", nullable = false)
    UUID driverId;
    // vehicle_kind is left to its default, LKV: the foreign key (tenant_id, vehicle_id, vehicle_kind) then refuses a PKV.
    @Column(name = "vehicle_id", nullable = false)
    UUID vehicleId;
    @Column(name = "trailer_id", nullable = false)
    UUID trailerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    TransportUnitStatus status;
    @Column(name = "ready_for_order", nullable = false)
    boolean readyForOrder;
    /** NotReadyReason codes, comma-separated; empty when ready. */
    @Column(name = "readiness_reasons", nullable = false)
    String readinessReasons;
    @Column(name = "readiness_changed_at", nullable = false)
    Instant readinessChangedAt;
}
