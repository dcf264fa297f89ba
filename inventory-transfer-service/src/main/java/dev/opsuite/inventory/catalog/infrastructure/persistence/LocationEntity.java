package dev.opsuite.inventory.catalog.infrastructure.persistence;

import dev.opsuite.inventory.catalog.domain.LocationType;
import dev.opsuite.support.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A row of {@code location}. Other queries of this service name it in HQL as {@code LocationEntity}. */
@Entity
@Table(name = "location")
class LocationEntity extends AuditedEntity {

    @Id
    UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    LocationType type;
    @Column(nullable = false)
    String name;
    @Column
    String code;
    @Column
    String address;
    /** A truck's fleet vehicle; set when the location is opened, never changed. */
    @Column(name = "vehicle_id", updatable = false)
    UUID vehicleId;
    @Column(nullable = false)
    boolean active;
}
