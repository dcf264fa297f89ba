package dev.opsuite.fleet.trailers.infrastructure.persistence;

import dev.opsuite.fleet.kernel.TrailerStatus;
import dev.opsuite.fleet.kernel.TrailerType;
import dev.opsuite.support.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "trailer")
class TrailerEntity extends AuditedEntity {

    @Id
    UUID id;
    @Column(name = "registration_number", nullable = false)
    String registrationNumber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    TrailerType type;
    String make;
    String model;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    TrailerStatus status;
}
