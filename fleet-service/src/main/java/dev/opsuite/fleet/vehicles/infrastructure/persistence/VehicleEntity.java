package dev.opsuite.fleet.vehicles.infrastructure.persistence;

import dev.opsuite.fleet.vehicles.domain.AssignmentMode;
import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.fleet.kernel.VehicleStatus;
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
public class VehicleEntity extends AuditedEntity {

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
