package dev.opsuite.fleet.fines.interfaces.rest;

import dev.opsuite.fleet.kernel.rest.FleetRequests;

import dev.opsuite.fleet.fines.domain.Fine;
import dev.opsuite.fleet.kernel.Money;
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
import java.time.OffsetDateTime;
import java.util.UUID;

/** Request and response bodies of fines. */
final class FineDtos {

    private FineDtos() {
    }

    /** A fine letter: committedAt with the offset the letter gives (2025-10-15T14:30:00+02:00). */
    record RecordFineRequest(
            @NotNull UUID vehicleId,
            @NotNull OffsetDateTime committedAt,
            @NotBlank @Size(max = 300) String location,
            @NotBlank @Size(max = 100) String offense,
            @Size(max = 500) String offenseDetails,
            // 0 passes here so that the domain answers it as a fine's own rule (422 amount-not-positive).
            @NotNull @DecimalMin(value = "0", message = "cannot be negative") @DecimalMax(Money.MAX_AMOUNT)
            @Digits(integer = Money.MAX_INTEGER_DIGITS, fraction = Money.MAX_DECIMALS) BigDecimal amount,
            @NotBlank @Size(max = 3) @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code like CZK or EUR")
            String currency,
            @NotBlank @Size(max = 100) String reference,
            @NotBlank @Size(max = 200) String issuingAuthority,
            @NotNull LocalDate receivedOn) {

        Fine.Letter toDomain() {
            return new Fine.Letter(vehicleId, new Fine.Offense(committedAt.toInstant(), location, offense, offenseDetails),
                    amount, currency, new Fine.Notice(reference, issuingAuthority, receivedOn));
        }
    }

    record AttributeFineRequest(
            @NotNull UUID driverId,
            @Size(max = FleetRequests.ORDER_REFERENCE_LENGTH)
            @Pattern(regexp = FleetRequests.ORDER_REFERENCE, message = "is an order number like ORD-2025-0098")
            String orderReference) {
    }

    record DrivingSourceRef(String type, UUID id, String number) {
    }

    record FineResponse(UUID id, UUID vehicleId, Instant committedAt, String location, String offense,
            String offenseDetails, BigDecimal amount, String currency, String reference, String issuingAuthority,
            LocalDate receivedOn, String status, UUID driverId, String attribution, DrivingSourceRef drivingSource,
            UUID tripTicketId, String orderReference, String attributedBy, Instant attributedAt, UUID vehicleExpenseId,
            UUID driverTransactionId, UUID orderCostId, String createdBy, Instant createdAt, String updatedBy,
            Instant updatedAt, long version) {

        static FineResponse of(Fine f) {
            return new FineResponse(f.id(), f.vehicleId(), f.committedAt(), f.location(), f.offense(), f.offenseDetails(),
                    f.amount(), f.currency(), f.reference(), f.issuingAuthority(), f.receivedOn(), f.status().name(),
                    f.driverId(), f.attribution() == null ? null : f.attribution().name(),
                    f.drivingSource() == null ? null
                            : new DrivingSourceRef(f.drivingSource().name(), f.drivingSourceId(), f.drivingSourceNumber()),
                    f.tripTicketId(), f.orderReference(), f.attributedBy(), f.attributedAt(), f.vehicleExpenseId(),
                    f.driverTransactionId(), f.orderCostId(), f.envelope().createdBy(), f.envelope().createdAt(),
                    f.envelope().updatedBy(), f.envelope().updatedAt(), f.version());
        }
    }
}
