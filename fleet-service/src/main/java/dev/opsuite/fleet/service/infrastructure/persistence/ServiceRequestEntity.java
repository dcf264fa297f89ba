package dev.opsuite.fleet.service.infrastructure.persistence;

import dev.opsuite.fleet.service.domain.ServicePriority;
import dev.opsuite.fleet.service.domain.ServiceRequestStatus;
import dev.opsuite.fleet.service.domain.ServiceRequestType;
import dev.opsuite.fleet.kernel.VatMode;
import dev.opsuite.fleet.service.domain.Workshop;
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

@Entity
@Table(name = "service_request")
class ServiceRequestEntity extends AuditedEntity {

    @Id
    UUID id;
    @Column(nullable = false, updatable = false)
    String number;
    @Column(name = "vehicle_id", nullable = false, updatable = false)
    UUID vehicleId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    ServiceRequestType type;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ServicePriority priority;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Workshop workshop;
    @Column(name = "provider_id")
    UUID providerId;
    @Column(name = "location_description")
    String locationDescription;
    Double latitude;
    Double longitude;
    @Column(nullable = false)
    String issue;
    @Column(name = "scheduled_on")
    LocalDate scheduledOn;
    @Column(name = "service_rule_id", updatable = false)
    UUID serviceRuleId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ServiceRequestStatus status;
    @Column(name = "work_done")
    String workDone;
    @Column(name = "cost_currency")
    String costCurrency;
    @Enumerated(EnumType.STRING)
    @Column(name = "cost_vat_mode")
    VatMode costVatMode;
    @Column(name = "cost_net")
    BigDecimal costNet;
    @Column(name = "cost_vat_rate")
    BigDecimal costVatRate;
    @Column(name = "cost_vat")
    BigDecimal costVat;
    @Column(name = "cost_gross")
    BigDecimal costGross;
    @Column(name = "invoice_reference")
    String invoiceReference;
    @Column(name = "odometer_km")
    Long odometerKm;
    @Column(name = "expense_id")
    UUID expenseId;
    @Column(name = "started_by")
    String startedBy;
    @Column(name = "started_at")
    Instant startedAt;
    @Column(name = "completed_by")
    String completedBy;
    @Column(name = "completed_at")
    Instant completedAt;
    @Column(name = "cancelled_by")
    String cancelledBy;
    @Column(name = "cancelled_at")
    Instant cancelledAt;
    @Column(name = "cancel_reason")
    String cancelReason;
}
