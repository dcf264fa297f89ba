package dev.opsuite.billing.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "sales_order")
class SalesOrderEntity {

    @Id
    UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;
    @Column(name = "order_number", nullable = false, updatable = false)
    String orderNumber;
    @Column(name = "customer_id", nullable = false)
    UUID customerId;
    @Column(name = "customer_name", nullable = false)
    String customerName;
    @Column(nullable = false)
    String currency;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    JsonColumns.OrderLines lines;
    @Column(name = "total_amount", nullable = false, precision = 19, scale = 2)
    BigDecimal totalAmount;
    @Column(name = "created_by", nullable = false, updatable = false)
    String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;
    @Version
    long version;
}
