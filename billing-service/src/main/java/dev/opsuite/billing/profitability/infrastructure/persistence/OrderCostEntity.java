package dev.opsuite.billing.profitability.infrastructure.persistence;

import dev.opsuite.billing.profitability.domain.CostKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A cost the fleet booked to an order, as its event said it; written once (insert-if-absent), never changed. */
@Entity
@Table(name = "order_cost")
class OrderCostEntity {

    @Id
    UUID id;
    @Column(name = "tenant_id")
    String tenantId;
    @Column(name = "order_reference")
    String orderReference;
    @Enumerated(EnumType.STRING)
    CostKind kind;
    BigDecimal amount;
    String currency;
    String description;
    @Column(name = "source_type")
    String sourceType;
    @Column(name = "source_id")
    UUID sourceId;
    @Column(name = "vehicle_id")
    UUID vehicleId;
    @Column(name = "driver_id")
    UUID driverId;
    @Column(name = "recorded_by")
    String recordedBy;
    @Column(name = "recorded_at")
    Instant recordedAt;
}
