package dev.opsuite.inventory.infrastructure.persistence;

import dev.opsuite.inventory.domain.GoodsReceiptStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "transfer_goods_receipt")
class TransferGoodsReceiptEntity {

    @Id
    UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;
    @Column(name = "transfer_dispatch_note_id", nullable = false, updatable = false)
    UUID transferDispatchNoteId;
    @Column(name = "destination_location_id", nullable = false, updatable = false)
    UUID destinationLocationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    GoodsReceiptStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    JsonColumns.ReceivedItems items;
    @Column(name = "created_by", nullable = false, updatable = false)
    String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;
    @Column(name = "approved_by")
    String approvedBy;
    @Column(name = "approved_at")
    Instant approvedAt;
    @Version
    long version;
}
