package dev.opsuite.billing.drafts.infrastructure.persistence;

import dev.opsuite.billing.drafts.domain.DraftEdit;
import dev.opsuite.billing.drafts.domain.DraftLine;
import dev.opsuite.billing.drafts.domain.DraftStatus;
import dev.opsuite.support.persistence.AuditedEntity;
import dev.opsuite.support.persistence.JsonList;
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
@Table(name = "invoice_draft")
class InvoiceDraftEntity extends AuditedEntity {

    @Id
    UUID id;
    @Column(name = "job_id", nullable = false, updatable = false)
    UUID jobId;
    @Column(name = "service_call_id", nullable = false, updatable = false)
    UUID serviceCallId;
    @Column(name = "customer_id", nullable = false, updatable = false)
    UUID customerId;
    @Column(name = "technician_id", updatable = false)
    UUID technicianId;
    @Column(name = "estimate_id", updatable = false)
    UUID estimateId;
    @Column(name = "completed_by", nullable = false, updatable = false)
    String completedBy;
    @Column(name = "completed_at", nullable = false, updatable = false)
    Instant completedAt;
    @Column(nullable = false, updatable = false)
    String currency;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    JsonList<DraftLine> lines;
    @Column(name = "tax_rate", nullable = false, precision = 7, scale = 6)
    BigDecimal taxRate;
    @Column(nullable = false, precision = 19, scale = 2)
    BigDecimal subtotal;
    @Column(nullable = false, precision = 19, scale = 2)
    BigDecimal tax;
    @Column(nullable = false, precision = 19, scale = 2)
    BigDecimal total;
    @Column(name = "needs_pricing", nullable = false)
    boolean needsPricing;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    DraftStatus status;
    @Column(name = "prepared_by")
    String preparedBy;
    @Column(name = "prepared_at")
    Instant preparedAt;
    @Column(name = "invoice_number")
    String invoiceNumber;
    @Column(name = "invoice_version", nullable = false)
    int invoiceVersion;
    @Column(name = "finalized_by")
    String finalizedBy;
    @Column(name = "finalized_at")
    Instant finalizedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    JsonList<DraftEdit> edits;
}
