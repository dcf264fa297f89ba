package dev.opsuite.fleet.fines.infrastructure.persistence;

import dev.opsuite.fleet.kernel.DrivingSource;
import dev.opsuite.fleet.fines.domain.FineAttribution;
import dev.opsuite.fleet.fines.domain.FineStatus;
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
@Table(name = "fine")
class FineEntity extends AuditedEntity {

    @Id
    UUID id;
    @Column(name = "vehicle_id", nullable = false, updatable = false)
    UUID vehicleId;
    @Column(name = "committed_at", nullable = false, updatable = false)
    Instant committedAt;
    @Column(nullable = false, updatable = false)
    String location;
    @Column(nullable = false, updatable = false)
    String offense;
    @Column(name = "offense_details", updatable = false)
    String offenseDetails;
    @Column(nullable = false, updatable = false)
    BigDecimal amount;
    @Column(nullable = false, updatable = false)
    String currency;
    @Column(nullable = false, updatable = false)
    String reference;
    @Column(name = "issuing_authority", nullable = false, updatable = false)
    String issuingAuthority;
    @Column(name = "received_on", nullable = false, updatable = false)
    LocalDate receivedOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    FineStatus status;
    @Column(name = "driver_id")
    UUID driverId;
    @Enumerated(EnumType.STRING)
    FineAttribution attribution;
    @Enumerated(EnumType.STRING)
    @Column(name = "driving_source")
    DrivingSource drivingSource;
    @Column(name = "driving_source_id")
    UUID drivingSourceId;
    @Column(name = "driving_source_number")
    String drivingSourceNumber;
    @Column(name = "trip_ticket_id")
    UUID tripTicketId;
    @Column(name = "order_reference")
    String orderReference;
    @Column(name = "attributed_by")
    String attributedBy;
    @Column(name = "attributed_at")
    Instant attributedAt;
    @Column(name = "vehicle_expense_id", nullable = false, updatable = false)
    UUID vehicleExpenseId;
    @Column(name = "driver_transaction_id")
    UUID driverTransactionId;
    @Column(name = "order_cost_id")
    UUID orderCostId;
}
