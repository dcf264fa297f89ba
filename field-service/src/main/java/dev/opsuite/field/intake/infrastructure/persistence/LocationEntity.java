package dev.opsuite.field.intake.infrastructure.persistence;

import dev.opsuite.support.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "location")
class LocationEntity extends AuditedEntity {

    @Id
    UUID id;
    @Column(name = "customer_id", nullable = false, updatable = false)
    UUID customerId;
    String label;
    @Column(nullable = false)
    String line1;
    @Column(nullable = false)
    String city;
    @Column(name = "postal_code", nullable = false)
    String postalCode;
    @Column(name = "access_notes")
    String accessNotes;
}
