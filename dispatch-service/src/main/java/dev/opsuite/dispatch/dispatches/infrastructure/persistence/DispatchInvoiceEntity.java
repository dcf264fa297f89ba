package dev.opsuite.dispatch.dispatches.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An invoice on a dispatch; live until detached (the partial unique index keeps an invoice on one live dispatch). */
@Entity
@Table(name = "dispatch_invoice")
class DispatchInvoiceEntity {

    @Id
    UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;
    @Column(name = "dispatch_id", nullable = false, updatable = false)
    UUID dispatchId;
    @Column(name = "invoice_id", nullable = false, updatable = false)
    UUID invoiceId;
    @Column(name = "invoice_number", nullable = false, updatable = false)
    String invoiceNumber;
    @Column(name = "sales_order_id", nullable = false, updatable = false)
    UUID salesOrderId;
    @Column(name = "customer_id", nullable = false, updatable = false)
    UUID customerId;
    @Column(name = "attached_by", nullable = false, updatable = false)
    String attachedBy;
    @Column(name = "attached_at", nullable = false, updatable = false)
    Instant attachedAt;
    @Column(name = "detached_by")
    String detachedBy;
    @Column(name = "detached_at")
    Instant detachedAt;
}
