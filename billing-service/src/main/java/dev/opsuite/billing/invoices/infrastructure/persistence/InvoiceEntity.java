package dev.opsuite.billing.invoices.infrastructure.persistence;

import dev.opsuite.billing.invoices.domain.InvoiceLine;
import dev.opsuite.billing.invoices.domain.InvoiceStatus;
import dev.opsuite.billing.invoices.domain.Processing;
import dev.opsuite.support.persistence.JsonList;
import dev.opsuite.support.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "invoice")
class InvoiceEntity extends TenantOwnedEntity {

    @Id
    UUID id;
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
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    JsonList<InvoiceLine> lines;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    InvoiceStatus status;
    @Column(name = "issued_at")
    Instant issuedAt;
    @Column(name = "issued_by")
    String issuedBy;
    @Enumerated(EnumType.STRING)
    Processing processing;
    @Column(name = "processed_by")
    String processedBy;
    @Column(name = "processed_at")
    Instant processedAt;
    @Column(name = "voided_by")
    String voidedBy;
    @Column(name = "voided_at")
    Instant voidedAt;
    @Column(name = "void_reason")
    String voidReason;
    @Column(name = "request_id", updatable = false)
    UUID requestId;
    @Column(name = "dispatch_id")
    UUID dispatchId;
    @Column(name = "dispatch_number")
    String dispatchNumber;
    @Column(name = "dispatch_linked_at")
    Instant dispatchLinkedAt;
}
