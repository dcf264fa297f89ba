package dev.opsuite.fleet.accidents.interfaces.rest;

import dev.opsuite.fleet.kernel.rest.FleetRequests;

import dev.opsuite.fleet.accidents.domain.Accident;
import dev.opsuite.fleet.accidents.domain.AccidentPhoto;
import dev.opsuite.fleet.accidents.domain.AccidentSettlement;
import dev.opsuite.fleet.accidents.domain.InsuranceClaim;
import dev.opsuite.fleet.kernel.Money;
import dev.opsuite.fleet.kernel.rest.CostDtos.CostBody;
import dev.opsuite.fleet.kernel.rest.CostDtos.CostResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Request and response bodies of accidents. */
final class AccidentDtos {

    private AccidentDtos() {
    }

    record AmountBody(
            @NotNull @DecimalMin(value = "0", message = "cannot be negative") @DecimalMax(Money.MAX_AMOUNT)
            @Digits(integer = Money.MAX_INTEGER_DIGITS, fraction = Money.MAX_DECIMALS) BigDecimal amount,
            @NotBlank @Size(max = 3) @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code like CZK or EUR")
            String currency) {
    }

    record ReportAccidentRequest(
            @NotNull UUID vehicleId,
            @NotNull UUID driverId,
            UUID trailerId,
            @Pattern(regexp = FleetRequests.NOT_BLANK, message = "must not be blank") @Size(max = 100) String orderReference,
            @NotNull Instant occurredAt,
            @NotBlank @Size(max = 500) String location,
            @NotBlank @Size(max = 2000) String damageDescription,
            @Valid AmountBody damageEstimate,
            @Size(max = 100) String policeReportNumber) {

        Accident.Report toDomain() {
            return new Accident.Report(new Accident.Circumstances(vehicleId, driverId, trailerId, orderReference, occurredAt),
                    new Accident.Damage(location, damageDescription, damageEstimate == null ? null : damageEstimate.amount(),
                            damageEstimate == null ? null : damageEstimate.currency(), policeReportNumber));
        }
    }

    /** PATCH: the fields that may change while the accident is open; unknown or fixed fields are a 400 naming them. */
    record AmendAccidentRequest(
            @Pattern(regexp = FleetRequests.NOT_BLANK, message = "must not be blank") @Size(max = 500) String location,
            @Pattern(regexp = FleetRequests.NOT_BLANK, message = "must not be blank") @Size(max = 2000) String damageDescription,
            @Valid AmountBody damageEstimate,
            @Pattern(regexp = FleetRequests.NOT_BLANK, message = "must not be blank") @Size(max = 100) String policeReportNumber) {

        Accident.Amendment toDomain() {
            return new Accident.Amendment(location, damageDescription, damageEstimate == null ? null : damageEstimate.amount(),
                    damageEstimate == null ? null : damageEstimate.currency(), policeReportNumber);
        }
    }

    record FileClaimRequest(@NotBlank @Size(max = 100) String claimNumber, @NotBlank @Size(max = 200) String insurer) {
    }

    /** approve: approvedAmount and currency; reject: reason; pay: nothing. */
    record ClaimActionRequest(
            @DecimalMin(value = Money.SMALLEST_AMOUNT, message = "must be positive") @DecimalMax(Money.MAX_AMOUNT)
            @Digits(integer = Money.MAX_INTEGER_DIGITS, fraction = Money.MAX_DECIMALS) BigDecimal approvedAmount,
            @Size(max = 3) @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code like CZK or EUR") String currency,
            @Size(max = 500) String reason) {
    }

    record RepairCompletionRequest(
            @NotNull @Valid CostBody repairInvoice,
            @Size(max = 200) String supplier,
            @Size(max = 100) String invoiceReference,
            @NotNull @DecimalMin(value = "0", message = "cannot be negative") @DecimalMax(Money.MAX_AMOUNT)
            @Digits(integer = Money.MAX_INTEGER_DIGITS, fraction = Money.MAX_DECIMALS) BigDecimal insurerShare,
            @NotNull @DecimalMin(value = "0", message = "cannot be negative") @DecimalMax(Money.MAX_AMOUNT)
            @Digits(integer = Money.MAX_INTEGER_DIGITS, fraction = Money.MAX_DECIMALS) BigDecimal driverDeductible,
            @NotNull LocalDate completedOn) {
    }

    record ClaimResponse(String claimNumber, String insurer, String status, BigDecimal approvedAmount, String currency,
            String rejectReason, String changedBy, Instant changedAt) {

        static ClaimResponse of(InsuranceClaim c) {
            return c == null ? null : new ClaimResponse(c.claimNumber(), c.insurer(), c.status().name(), c.approvedAmount(),
                    c.currency(), c.rejectReason(), c.changedBy(), c.changedAt());
        }
    }

    /** The split of the invoice's net amount: repairCost = insurerShare + companyShare; the deductible is within the company share. */
    record SettlementResponse(CostResponse repairInvoice, String supplier, String invoiceReference, String splitBasis,
            String currency, BigDecimal repairCost, BigDecimal insurerShare, BigDecimal companyShare,
            BigDecimal driverDeductible, LocalDate completedOn, UUID expenseId, String settledBy, Instant settledAt) {

        static SettlementResponse of(AccidentSettlement s) {
            return s == null ? null : new SettlementResponse(CostResponse.of(s.repairInvoice()), s.supplier(),
                    s.invoiceReference(), "NET", s.split().currency(), s.split().repairCost(), s.split().insurerShare(),
                    s.split().companyShare(), s.split().driverDeductible(), s.completedOn(), s.expenseId(), s.settledBy(),
                    s.settledAt());
        }
    }

    record AccidentResponse(UUID id, String number, UUID vehicleId, UUID driverId, UUID trailerId, String orderReference,
            Instant occurredAt, String location, String damageDescription, AmountBody damageEstimate,
            String policeReportNumber, String status, ClaimResponse insuranceClaim, SettlementResponse settlement,
            String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, long version) {

        static AccidentResponse of(Accident a) {
            return new AccidentResponse(a.id(), a.number(), a.vehicleId(), a.driverId(), a.trailerId(), a.orderReference(),
                    a.occurredAt(), a.location(), a.damageDescription(),
                    a.estimateAmount() == null ? null : new AmountBody(a.estimateAmount(), a.estimateCurrency()),
                    a.policeReportNumber(), a.status().name(), ClaimResponse.of(a.claim()),
                    SettlementResponse.of(a.settlement()), a.envelope().createdBy(), a.envelope().createdAt(),
                    a.envelope().updatedBy(), a.envelope().updatedAt(), a.version());
        }
    }

    record PhotoResponse(UUID id, UUID accidentId, String contentType, long size, String sha256, String originalFilename,
            String uploadedBy, Instant uploadedAt) {

        static PhotoResponse of(AccidentPhoto p) {
            return new PhotoResponse(p.id(), p.accidentId(), p.type().mediaType(), p.size(), p.sha256(), p.originalFilename(),
                    p.uploadedBy(), p.uploadedAt());
        }
    }
}
