package dev.opsuite.inventory.catalog.infrastructure.persistence;

import dev.opsuite.support.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A row of {@code product}. Other queries of this service name it in HQL as {@code ProductEntity}. */
@Entity
@Table(name = "product")
class ProductEntity extends AuditedEntity {

    @Id
    UUID id;
    @Column(nullable = false)
    String sku;
    @Column(nullable = false)
    String name;
    @Column(nullable = false)
    String unit;
    @Column(nullable = false)
    boolean active;
}
