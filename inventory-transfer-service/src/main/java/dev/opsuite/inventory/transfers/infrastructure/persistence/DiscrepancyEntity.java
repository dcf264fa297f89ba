package dev.opsuite.inventory.transfers.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "transfer_discrepancy")
class DiscrepancyEntity {

    @Id
    UUID id;
    @Column(name = "tenant_id", nullable = false)
    String tenantId;
    @Column(name = "transfer_dispatch_note_id", nullable = false)
    UUID transferDispatchNoteId;
    @Column(name = "product_id", nullable = false)
    UUID productId;
    @Column(nullable = false)
    BigDecimal quantity;
    @Column(name = "unit_cost", nullable = false)
    BigDecimal unitCost;
    @Column(nullable = false)
    BigDecimal value;
    @Column(nullable = false)
    String reason;
    @Column(name = "recorded_by", nullable = false)
    String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;
}
