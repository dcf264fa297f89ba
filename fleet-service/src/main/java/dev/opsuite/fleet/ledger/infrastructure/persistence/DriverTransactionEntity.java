package dev.opsuite.fleet.ledger.infrastructure.persistence;

import dev.opsuite.fleet.ledger.domain.DriverTransactionKind;
import dev.opsuite.support.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code driver_transaction}; written once, never updated. */
@Entity
@Table(name = "driver_transaction")
class DriverTransactionEntity extends TenantOwnedEntity {

    @Id
    UUID id;
    @Column(name = "driver_id", nullable = false, updatable = false)
    UUID driverId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    DriverTransactionKind kind;
    @Column(nullable = false, updatable = false)
    BigDecimal amount;
    @Column(nullable = false, updatable = false)
    String currency;
    @Column(name = "pay_period", nullable = false, updatable = false)
    String payPeriod;
    @Column(name = "booked_on", nullable = false, updatable = false)
    LocalDate bookedOn;
    @Column(nullable = false, updatable = false)
    String description;
    @Column(name = "order_reference", updatable = false)
    String orderReference;
    @Column(name = "source_type", nullable = false, updatable = false)
    String sourceType;
    @Column(name = "source_id", nullable = false, updatable = false)
    UUID sourceId;
}
