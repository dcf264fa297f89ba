package dev.opsuite.fleet.infrastructure.persistence;

import dev.opsuite.fleet.domain.AssignmentMode;
import dev.opsuite.fleet.domain.VehicleKind;
import dev.opsuite.fleet.domain.VehicleStatus;
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
@Table(name = "vehicle")
class VehicleEntity extends AuditedEntity {

    @Id
    UUID id;
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
}
