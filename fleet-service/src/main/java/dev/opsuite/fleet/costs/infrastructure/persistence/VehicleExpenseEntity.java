package dev.opsuite.fleet.costs.infrastructure.persistence;

import dev.opsuite.fleet.costs.domain.ExpenseCategory;
import dev.opsuite.fleet.kernel.VatMode;
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

/** A row of {@code vehicle_expense}; written once, never updated. */
@Entity
@Table(name = "vehicle_expense")
class VehicleExpenseEntity extends TenantOwnedEntity {

    @Id
    UUID id;
    @Column(name = "vehicle_id", nullable = false, updatable = false)
    UUID vehicleId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    ExpenseCategory category;
    @Column(nullable = false, updatable = false)
    String description;
    @Column(name = "incurred_on", nullable = false, updatable = false)
    LocalDate incurredOn;
    @Column(nullable = false, updatable = false)
    String currency;
    @Enumerated(EnumType.STRING)
    @Column(name = "vat_mode", nullable = false, updatable = false)
    VatMode vatMode;
    @Column(nullable = false, updatable = false)
    BigDecimal net;
    @Column(name = "vat_rate", nullable = false, updatable = false)
    BigDecimal vatRate;
    @Column(nullable = false, updatable = false)
    BigDecimal vat;
    @Column(nullable = false, updatable = false)
    BigDecimal gross;
    @Column(updatable = false)
    String supplier;
    @Column(name = "invoice_reference", updatable = false)
    String invoiceReference;
    @Column(name = "service_request_id", updatable = false)
    UUID serviceRequestId;
}
