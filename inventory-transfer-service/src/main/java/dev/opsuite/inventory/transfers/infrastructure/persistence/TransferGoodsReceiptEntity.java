package dev.opsuite.inventory.transfers.infrastructure.persistence;

import dev.opsuite.inventory.transfers.domain.GoodsReceiptStatus;
import dev.opsuite.inventory.transfers.domain.ReceivedQuantity;
import dev.opsuite.support.persistence.JsonList;
import dev.opsuite.support.persistence.TenantOwnedEntity;
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
@Table(name = "transfer_goods_receipt")
class TransferGoodsReceiptEntity extends TenantOwnedEntity {

    @Id
    UUID id;
    @Column(name = "transfer_dispatch_note_id", nullable = false, updatable = false)
    UUID transferDispatchNoteId;
    @Column(name = "destination_location_id", nullable = false, updatable = false)
    UUID destinationLocationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    GoodsReceiptStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    JsonList<ReceivedQuantity> items;
    @Column(name = "approved_by")
    String approvedBy;
    @Column(name = "approved_at")
    Instant approvedAt;
}
