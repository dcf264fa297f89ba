package dev.opsuite.fleet.infrastructure.persistence;

import dev.opsuite.fleet.domain.AssignmentMode;
import dev.opsuite.fleet.domain.VehicleKind;
import dev.opsuite.fleet.domain.VehicleStatus;
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
@Table(name = "vehicle")
class VehicleEntity {

    @Id
    UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;
    @Column(name = "registration_number", nullable = false)
    String registrationNumber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    VehicleKind kind;
    @Column(nullable = false)
    String make;
    @Column(nullable = false)
    String model;
    String vin;
    @Column(name = "odometer_km", nullable = false)
    long odometerKm;
    @Column(name = "odometer_read_at")
    Instant odometerReadAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "assignment_mode")
    AssignmentMode assignmentMode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    VehicleStatus status;
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
