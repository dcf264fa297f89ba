package dev.opsuite.inventory.transfers.infrastructure.persistence;

import dev.opsuite.inventory.transfers.domain.CostDetail;
import dev.opsuite.inventory.transfers.domain.NoteStatus;
import dev.opsuite.inventory.transfers.domain.TransportDetail;
import dev.opsuite.inventory.transfers.domain.TransferGoodsReceiptStatus;
import dev.opsuite.inventory.transfers.domain.NoteItem;
import dev.opsuite.inventory.transfers.domain.ReceiptLine;
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

@Entity
@Table(name = "transfer_dispatch_note")
class TransferDispatchNoteEntity extends AuditedEntity {

    @Id
    UUID id;
    @Column(name = "document_number", nullable = false, updatable = false)
    String documentNumber;
    @Column(name = "origin_location_id", nullable = false)
    UUID originLocationId;
    @Column(name = "destination_location_id", nullable = false)
    UUID destinationLocationId;
    @Column(name = "dispatch_date")
    Instant dispatchDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    NoteStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    JsonList<NoteItem> detail;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "receipt_summary", nullable = false)
    JsonList<ReceiptLine> receiptSummary;
    @Enumerated(EnumType.STRING)
    @Column(name = "transfer_goods_receipt_status")
    TransferGoodsReceiptStatus transferGoodsReceiptStatus;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "cost_detail")
    CostDetail costDetail;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "transport_detail")
    TransportDetail transportDetail;
    @Column(name = "closing_reason")
    String closingReason;
    @Column(name = "deleted_by")
    String deletedBy;
    @Column(name = "deleted_at")
    Instant deletedAt;
}
