package dev.opsuite.field.estimates.infrastructure.persistence;

import dev.opsuite.field.estimates.domain.ApprovalDecision;
import dev.opsuite.field.estimates.domain.CustomerStatus;
import dev.opsuite.field.estimates.domain.EstimateLine;
import dev.opsuite.field.estimates.domain.EstimateStatus;
import dev.opsuite.support.persistence.AuditedEntity;
import dev.opsuite.support.persistence.JsonList;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "estimate")
class EstimateEntity extends AuditedEntity {

    @Id
    UUID id;
    @Column(name = "job_id", nullable = false, updatable = false)
    UUID jobId;
    @Column(name = "customer_id", nullable = false, updatable = false)
    UUID customerId;
    @Column(nullable = false)
    String currency;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    EstimateStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "customer_status", nullable = false)
    CustomerStatus customerStatus;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    JsonList<EstimateLine> lines;
    @Column(nullable = false)
    BigDecimal subtotal;
    @Column(name = "tax_rate", nullable = false)
    BigDecimal taxRate;
    @Column(nullable = false)
    BigDecimal tax;
    @Column(nullable = false)
    BigDecimal total;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    JsonList<ApprovalDecision> decisions;
}
