package dev.opsuite.billing.orders.infrastructure.persistence;

import dev.opsuite.billing.orders.domain.OrderLine;
import dev.opsuite.support.persistence.JsonList;
import dev.opsuite.support.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "sales_order")
class SalesOrderEntity extends TenantOwnedEntity {

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
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    JsonList<OrderLine> lines;
    @Column(name = "total_amount", nullable = false, precision = 19, scale = 2)
    BigDecimal totalAmount;
}
