package dev.opsuite.inventory.stock.infrastructure.persistence;

import dev.opsuite.inventory.stock.domain.ReservationStatus;
import dev.opsuite.support.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

@Entity
@Table(name = "stock_reservation")
class ReservationEntity extends AuditedEntity {

    @Id
    UUID id;
    @Column(name = "location_id", nullable = false, updatable = false)
    UUID locationId;
    @Column(name = "product_id", nullable = false, updatable = false)
    UUID productId;
    @Column(nullable = false, updatable = false)
    BigDecimal quantity;
    @Column(nullable = false)
    BigDecimal consumed;
    @Column(nullable = false)
    BigDecimal released;
    @Column(name = "reference_type", nullable = false, updatable = false)
    String referenceType;
    @Column(name = "reference_id", nullable = false, updatable = false)
    String referenceId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ReservationStatus status;
}
