package dev.opsuite.fleet.vehicles.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "odometer_reading")
public class OdometerReadingEntity {

    @Id
    UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;
    @Column(name = "vehicle_id", nullable = false, updatable = false)
    UUID vehicleId;
    @Column(name = "odometer_km", nullable = false, updatable = false)
    long odometerKm;
    @Column(name = "read_at", nullable = false, updatable = false)
    Instant readAt;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    Instant recordedAt;
}
