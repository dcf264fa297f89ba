package dev.opsuite.fleet.ledger.infrastructure.persistence;

import dev.opsuite.fleet.ledger.domain.OrderCostKind;
import dev.opsuite.support.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A row of {@code order_cost}; written once, never updated. */
@Entity
@Table(name = "order_cost")
class OrderCostEntity extends TenantOwnedEntity {

    @Id
    UUID id;
    @Column(name = "order_reference", nullable = false, updatable = false)
    String orderReference;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    OrderCostKind kind;
    @Column(nullable = false, updatable = false)
    BigDecimal amount;
    @Column(nullable = false, updatable = false)
    String currency;
    @Column(nullable = false, updatable = false)
    String description;
    @Column(name = "vehicle_id", updatable = false)
    UUID vehicleId;
    @Column(name = "driver_id", updatable = false)
    UUID driverId;
    @Column(name = "source_type", nullable = false, updatable = false)
    String sourceType;
    @Column(name = "source_id", nullable = false, updatable = false)
    UUID sourceId;
}
