package dev.opsuite.billing.infrastructure.persistence;

import dev.opsuite.billing.domain.InvoiceStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "invoice")
class InvoiceEntity {

    @Id
    UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;
    @Column(name = "invoice_number", nullable = false, updatable = false)
    String invoiceNumber;
    @Column(name = "sales_order_id", nullable = false, updatable = false)
    UUID salesOrderId;
    @Column(name = "sales_order_number", nullable = false, updatable = false)
    String salesOrderNumber;
    @Column(name = "customer_id", nullable = false, updatable = false)
    UUID customerId;
    @Column(name = "customer_name", nullable = false, updatable = false)
    String customerName;
    @Column(name = "total_amount", nullable = false, updatable = false, precision = 19, scale = 2)
    BigDecimal totalAmount;
    @Column(nullable = false, updatable = false)
    String currency;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    InvoiceStatus status;
    @Column(name = "issued_at")
    Instant issuedAt;
    @Column(name = "issued_by")
    String issuedBy;
    @Column(name = "created_by", nullable = false, updatable = false)
    String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;
    @Version
    long version;
}
