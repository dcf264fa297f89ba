package dev.opsuite.fleet.trips.infrastructure.persistence;

import dev.opsuite.fleet.kernel.DrivingSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A period of the driving record; the generated {@code period} range (what the GiST index holds) is not mapped. */
@Entity
@Table(name = "driving_period")
class DrivingPeriodEntity {

    @Id
    UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;
    @Column(name = "vehicle_id", nullable = false)
    UUID vehicleId;
    @Column(name = "driver_id", nullable = false)
    UUID driverId;
    @Column(name = "trailer_id")
    UUID trailerId;
    @Column(name = "starts_at", nullable = false)
    Instant startsAt;
    @Column(name = "ends_at", nullable = false)
    Instant endsAt;
    @Column(name = "order_reference")
    String orderReference;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    DrivingSource source;
    @Column(name = "source_id", nullable = false, updatable = false)
    UUID sourceId;
    @Column(name = "source_number")
    String sourceNumber;
    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;
    @Version
    long version;
}
