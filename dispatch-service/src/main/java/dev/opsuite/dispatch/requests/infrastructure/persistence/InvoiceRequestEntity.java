package dev.opsuite.dispatch.requests.infrastructure.persistence;

import dev.opsuite.dispatch.requests.domain.InvoiceRequest;
import dev.opsuite.dispatch.requests.domain.InvoiceRequestStatus;
import dev.opsuite.support.persistence.AuditedEntity;
import dev.opsuite.support.persistence.JsonList;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An invoice request row. */
@Entity
@Table(name = "invoice_request")
class InvoiceRequestEntity extends AuditedEntity {

    @Id
    UUID id;
    @Column(name = "dispatch_id", nullable = false, updatable = false)
    UUID dispatchId;
    @Column(name = "dispatch_number", nullable = false, updatable = false)
    String dispatchNumber;
    @Column(name = "sales_order_id", nullable = false, updatable = false)
    UUID salesOrderId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    JsonList<InvoiceRequest.Line> lines;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    InvoiceRequestStatus status;
    @Column(name = "invoice_id")
    UUID invoiceId;
    @Column(nullable = false)
    boolean attached;
    String reason;
    String detail;
    @Column(name = "answered_at")
    Instant answeredAt;
}
