package dev.opsuite.field.invoices.infrastructure.persistence;

import dev.opsuite.field.invoices.domain.JobInvoiceStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "job_invoice")
class JobInvoiceEntity {

    @Id
    @Column(name = "job_id")
    UUID jobId;
    @Column(name = "tenant_id", nullable = false)
    String tenantId;
    @Column(name = "invoice_id", nullable = false)
    UUID invoiceId;
    @Column(name = "invoice_number", nullable = false)
    String invoiceNumber;
    @Column(name = "invoice_version", nullable = false)
    int version;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    JobInvoiceStatus status;
    @Column(name = "customer_id", nullable = false)
    UUID customerId;
    @Column(nullable = false, precision = 19, scale = 2)
    BigDecimal total;
    @Column(nullable = false)
    String currency;
    @Column(name = "invoiced_at", nullable = false)
    Instant at;
}
