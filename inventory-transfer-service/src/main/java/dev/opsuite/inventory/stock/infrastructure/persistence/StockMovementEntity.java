package dev.opsuite.inventory.stock.infrastructure.persistence;

import dev.opsuite.inventory.stock.domain.MovementKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A ledger row: written once, never changed. */
@Entity
@Immutable
@Table(name = "stock_movement")
class StockMovementEntity {

    @Id
    UUID id;
    @Column(name = "tenant_id", nullable = false)
    String tenantId;
    @Column(name = "location_id", nullable = false)
    UUID locationId;
    @Column(name = "product_id", nullable = false)
    UUID productId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    MovementKind kind;
    @Column(nullable = false)
    BigDecimal quantity;
    @Column(name = "reserved_change", nullable = false)
    BigDecimal reservedChange;
    @Column(name = "in_transit_change", nullable = false)
    BigDecimal inTransitChange;
    @Column(name = "unit_cost", nullable = false)
    BigDecimal unitCost;
    @Column(nullable = false)
    BigDecimal value;
    @Column(name = "on_hand_after", nullable = false)
    BigDecimal onHandAfter;
    @Column(name = "unit_cost_after", nullable = false)
    BigDecimal unitCostAfter;
    String reason;
    @Column(name = "reference_type")
    String referenceType;
    @Column(name = "reference_id")
    String referenceId;
    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;
    @Column(name = "recorded_by", nullable = false)
    String recordedBy;
}
