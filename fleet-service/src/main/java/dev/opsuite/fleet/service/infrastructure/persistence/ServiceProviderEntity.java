package dev.opsuite.fleet.service.infrastructure.persistence;

import dev.opsuite.support.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "service_provider")
class ServiceProviderEntity extends AuditedEntity {

    @Id
    UUID id;
    @Column(nullable = false)
    String name;
    @Column(nullable = false)
    String address;
    @Column(nullable = false)
    double latitude;
    @Column(nullable = false)
    double longitude;
    BigDecimal rating;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    String[] services;
    String phone;
    @Column(nullable = false)
    boolean active;
}
