package dev.opsuite.fleet.drivers.infrastructure.persistence;

import dev.opsuite.fleet.kernel.DriverStatus;
import dev.opsuite.support.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "driver")
class DriverEntity extends AuditedEntity {

    @Id
    UUID id;
    @Column(name = "employee_number", nullable = false, updatable = false)
    String employeeNumber;
    @Column(nullable = false)
    String name;
    String phone;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    DriverStatus status;
}
