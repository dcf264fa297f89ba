package dev.opsuite.billing.orders.infrastructure.persistence;

import dev.opsuite.billing.orders.domain.SalesOrderStatus;
import dev.opsuite.support.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The order's head; its lines are rows of their own ({@link SalesOrderLineEntity}). */
@Entity
@Table(name = "sales_order")
class SalesOrderEntity extends AuditedEntity {

    @Id
    UUID id;
    @Column(name = "order_number", nullable = false, updatable = false)
    String orderNumber;
    @Column(name = "customer_id", nullable = false)
    UUID customerId;
    @Column(name = "customer_name", nullable = false)
    String customerName;
    @Column(nullable = false)
    String currency;
    @Column(name = "total_amount", nullable = false, precision = 19, scale = 2)
    BigDecimal totalAmount;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    SalesOrderStatus status;
    @Column(name = "confirmed_by")
    String confirmedBy;
    @Column(name = "confirmed_at")
    Instant confirmedAt;
    @Column(name = "cancelled_by")
    String cancelledBy;
    @Column(name = "cancelled_at")
    Instant cancelledAt;
    @Column(name = "cancellation_reason")
    String cancellationReason;
}
