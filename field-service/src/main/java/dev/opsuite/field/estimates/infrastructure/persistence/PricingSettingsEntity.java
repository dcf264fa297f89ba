package dev.opsuite.field.estimates.infrastructure.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "pricing_settings")
class PricingSettingsEntity extends PanacheEntityBase {

    @Id
    @Column(name = "tenant_id")
    String tenantId;
    @Column(nullable = false)
    String currency;
    @Column(name = "tax_rate", nullable = false)
    BigDecimal taxRate;
    @Column(name = "labor_taxable", nullable = false)
    boolean laborTaxable;
    @Column(name = "owner_approval_threshold", nullable = false)
    BigDecimal ownerApprovalThreshold;
    @Column(name = "standard_rate", nullable = false)
    BigDecimal standardRate;
    @Column(name = "overtime_rate", nullable = false)
    BigDecimal overtimeRate;
    @Column(name = "emergency_rate", nullable = false)
    BigDecimal emergencyRate;
    @Column(name = "updated_by", nullable = false)
    String updatedBy;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
