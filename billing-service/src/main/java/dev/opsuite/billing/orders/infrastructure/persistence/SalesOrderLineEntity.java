package dev.opsuite.billing.orders.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One line of an order, in the order's tenant; what is sold never changes once placed, only how much is invoiced. */
@Entity
@Table(name = "sales_order_line")
class SalesOrderLineEntity {

    @Id
    UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;
    @Column(name = "sales_order_id", nullable = false, updatable = false)
    UUID salesOrderId;
    @Column(nullable = false, updatable = false)
    int position;
    @Column(nullable = false, updatable = false)
    String description;
    @Column(nullable = false, updatable = false, precision = 12, scale = 3)
    BigDecimal quantity;
    @Column(name = "unit_price", nullable = false, updatable = false, precision = 17, scale = 4)
    BigDecimal unitPrice;
    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    BigDecimal amount;
    /** Written only in place (invoiced_quantity + change), never from a copy read earlier. */
    @Column(name = "invoiced_quantity", nullable = false, insertable = false, updatable = false, precision = 12, scale = 3)
    BigDecimal invoicedQuantity;
}
