package dev.opsuite.inventory.stock.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "stock_level")
class StockLevelEntity {

    @Id
    UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;
    @Column(name = "location_id", nullable = false, updatable = false)
    UUID locationId;
    @Column(name = "product_id", nullable = false, updatable = false)
    UUID productId;
    @Column(name = "on_hand", nullable = false)
    BigDecimal onHand;
    @Column(nullable = false)
    BigDecimal reserved;
    @Column(name = "in_transit", nullable = false)
    BigDecimal inTransit;
    @Column(name = "unit_cost", nullable = false)
    BigDecimal unitCost;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Version
    long version;
}
