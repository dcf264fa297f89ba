package dev.opsuite.fleet.accidents.infrastructure.persistence;

import dev.opsuite.fleet.accidents.domain.AccidentStatus;
import dev.opsuite.fleet.accidents.domain.ClaimStatus;
import dev.opsuite.fleet.kernel.VatMode;
import dev.opsuite.support.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code accident}: the report, its claim and its settlement. */
@Entity
@Table(name = "accident")
class AccidentEntity extends AuditedEntity {

    @Id
    UUID id;
    @Column(nullable = false, updatable = false)
    String number;
    @Column(name = "vehicle_id", nullable = false, updatable = false)
    UUID vehicleId;
    @Column(name = "driver_id", nullable = false, updatable = false)
    UUID driverId;
    @Column(name = "trailer_id", updatable = false)
    UUID trailerId;
    @Column(name = "order_reference", updatable = false)
    String orderReference;
    @Column(name = "occurred_at", nullable = false, updatable = false)
    Instant occurredAt;
    @Column(nullable = false)
    String location;
    @Column(name = "damage_description", nullable = false)
    String damageDescription;
    @Column(name = "estimate_amount")
    BigDecimal estimateAmount;
    @Column(name = "estimate_currency")
    String estimateCurrency;
    @Column(name = "police_report_number")
    String policeReportNumber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    AccidentStatus status;
    @Column(name = "claim_number")
    String claimNumber;
    @Column(name = "claim_insurer")
    String claimInsurer;
    @Enumerated(EnumType.STRING)
    @Column(name = "claim_status")
    ClaimStatus claimStatus;
    @Column(name = "claim_approved_amount")
    BigDecimal claimApprovedAmount;
    @Column(name = "claim_currency")
    String claimCurrency;
    @Column(name = "claim_reject_reason")
    String claimRejectReason;
    @Column(name = "claim_changed_by")
    String claimChangedBy;
    @Column(name = "claim_changed_at")
    Instant claimChangedAt;
    @Column(name = "repair_currency")
    String repairCurrency;
    @Enumerated(EnumType.STRING)
    @Column(name = "repair_vat_mode")
    VatMode repairVatMode;
    @Column(name = "repair_net")
    BigDecimal repairNet;
    @Column(name = "repair_vat_rate")
    BigDecimal repairVatRate;
    @Column(name = "repair_vat")
    BigDecimal repairVat;
    @Column(name = "repair_gross")
    BigDecimal repairGross;
    @Column(name = "repair_supplier")
    String repairSupplier;
    @Column(name = "repair_invoice_reference")
    String repairInvoiceReference;
    @Column(name = "insurer_share")
    BigDecimal insurerShare;
    @Column(name = "company_share")
    BigDecimal companyShare;
    @Column(name = "driver_deductible")
    BigDecimal driverDeductible;
    @Column(name = "completed_on")
    LocalDate completedOn;
    @Column(name = "expense_id")
    UUID expenseId;
    @Column(name = "settled_by")
    String settledBy;
    @Column(name = "settled_at")
    Instant settledAt;
}
