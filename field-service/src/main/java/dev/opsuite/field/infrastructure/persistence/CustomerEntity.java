package dev.opsuite.field.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "customer")
class CustomerEntity {

    @Id
    UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;
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
