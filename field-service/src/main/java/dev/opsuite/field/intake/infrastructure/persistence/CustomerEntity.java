package dev.opsuite.field.intake.infrastructure.persistence;

import dev.opsuite.support.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "customer")
class CustomerEntity extends AuditedEntity {

    @Id
    UUID id;
    @Column(nullable = false)
    String name;
    @Column(nullable = false)
    String phone;
    String email;
    @Column(name = "service_address_line1", nullable = false)
    String serviceAddressLine1;
    @Column(name = "service_address_city", nullable = false)
    String serviceAddressCity;
    @Column(name = "service_address_postal_code", nullable = false)
    String serviceAddressPostalCode;
}
