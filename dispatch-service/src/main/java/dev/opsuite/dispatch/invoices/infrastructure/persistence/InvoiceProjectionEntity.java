package dev.opsuite.dispatch.invoices.infrastructure.persistence;

import dev.opsuite.dispatch.invoices.domain.InvoiceStatus;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A row of the invoice projection; written by native upsert only, read through Hibernate. */
@Entity
@Table(name = "invoice_projection")
@IdClass(InvoiceProjectionEntity.Key.class)
class InvoiceProjectionEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;
    @Id
    @Column(name = "invoice_id")
    UUID invoiceId;
    @Column(name = "invoice_number")
    String invoiceNumber;
    @Column(name = "sales_order_id")
    UUID salesOrderId;
    @Column(name = "sales_order_number")
    String salesOrderNumber;
    @Column(name = "customer_id")
    UUID customerId;
    @Column(name = "customer_name")
    String customerName;
    @Column(name = "total_amount", precision = 19, scale = 2)
    BigDecimal totalAmount;
    String currency;
    @Column(name = "issued_at")
    Instant issuedAt;
    @Column(name = "last_event_id")
    UUID lastEventId;
    @Enumerated(EnumType.STRING)
    InvoiceStatus status;
    @Column(name = "request_id")
    UUID requestId;

    /** The primary key: tenant and invoice id. */
    static class Key implements Serializable {

        String tenantId;
        UUID invoiceId;

        Key() {
        }

        Key(String tenantId, UUID invoiceId) {
            this.tenantId = tenantId;
            this.invoiceId = invoiceId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantId, k.tenantId) && Objects.equals(invoiceId, k.invoiceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, invoiceId);
        }
    }
}
