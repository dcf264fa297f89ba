package dev.opsuite.fleet.service.infrastructure.persistence;

import dev.opsuite.support.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "service_rule")
class ServiceRuleEntity extends AuditedEntity {

    @Id
    UUID id;
    @Column(name = "vehicle_id", nullable = false, updatable = false)
    UUID vehicleId;
    @Column(nullable = false)
    String name;
    @Column(name = "interval_km")
    Long intervalKm;
    @Column(name = "interval_months")
    Integer intervalMonths;
    @Column(name = "last_service_km", nullable = false)
    long lastServiceKm;
    @Column(name = "last_service_on", nullable = false)
    LocalDate lastServiceOn;
    @Column(nullable = false)
    boolean active;
}
