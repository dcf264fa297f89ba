package dev.opsuite.billing.ledger.infrastructure.persistence;

import dev.opsuite.billing.ledger.domain.EntryKind;
import dev.opsuite.billing.ledger.domain.InvoiceVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "ledger_export_entry")
@IdClass(ExportEntryEntity.Key.class)
class ExportEntryEntity {

    /** The entry's key: its batch and invoice. */
    public static class Key implements Serializable {
        UUID batchId;
        UUID invoiceId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && java.util.Objects.equals(batchId, k.batchId)
                    && java.util.Objects.equals(invoiceId, k.invoiceId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(batchId, invoiceId);
        }
    }

    @Id
    @Column(name = "batch_id")
    UUID batchId;
    @Id
    @Column(name = "invoice_id")
    UUID invoiceId;
    @Column(name = "tenant_id", nullable = false)
    String tenantId;
    @Column(name = "invoice_number", nullable = false)
    String invoiceNumber;
    @Column(name = "invoice_version", nullable = false)
    int invoiceVersion;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    EntryKind kind;
    @Column(nullable = false, precision = 19, scale = 2)
    BigDecimal amount;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    InvoiceVersion exported;
}
