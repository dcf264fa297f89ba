package dev.opsuite.fleet.costs.interfaces.rest;

import dev.opsuite.fleet.kernel.CostInput;
import dev.opsuite.fleet.kernel.Cost;
import dev.opsuite.fleet.costs.domain.ExpenseCategory;
import dev.opsuite.fleet.kernel.Money;
import dev.opsuite.fleet.kernel.VatMode;
import dev.opsuite.fleet.costs.domain.VehicleExpense;
import dev.opsuite.support.application.Rejection;
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

/** Request and response bodies of vehicle expenses and costs. */
final class VehicleCostDtos {

    private VehicleCostDtos() {
    }

    /** An expense: the net (or the gross) amount, its currency and VAT mode, and the VAT rate (percent) for STANDARD. */
    record RecordExpenseRequest(
            @NotNull UUID vehicleId,
            @NotNull ExpenseCategory category,
            @NotBlank @Size(max = 500) String description,
            @NotNull LocalDate incurredOn,
            @NotBlank @Size(max = 3) @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code like CZK or EUR")
            String currency,
            @NotNull VatMode vatMode,
            @DecimalMin(value = "0", message = "cannot be negative") @DecimalMax(Money.MAX_AMOUNT)
            @Digits(integer = Money.MAX_INTEGER_DIGITS, fraction = Money.MAX_DECIMALS) BigDecimal net,
            @DecimalMin(value = "0", message = "cannot be negative") @DecimalMax(Money.MAX_AMOUNT)
            @Digits(integer = Money.MAX_INTEGER_DIGITS, fraction = Money.MAX_DECIMALS) BigDecimal gross,
            @DecimalMin(value = "0", message = "cannot be negative") @DecimalMax(Cost.MAX_VAT_RATE)
            @Digits(integer = 2, fraction = Cost.RATE_SCALE) BigDecimal vatRate,
            @Size(max = 200) String supplier,
            @Size(max = 100) String invoiceReference) {

        CostInput amount() {
            return new CostInput(currency, vatMode, net, gross, vatRate);
        }
    }

    record ExpenseResponse(UUID id, UUID vehicleId, String category, String description, LocalDate incurredOn, String currency,
            String vatMode, BigDecimal net, BigDecimal vatRate, BigDecimal vat, BigDecimal gross, String supplier,
            String invoiceReference, UUID serviceRequestId, String recordedBy, Instant recordedAt, long version) {

        static ExpenseResponse of(VehicleExpense e) {
            VehicleExpense.Entry x = e.entry();
            return new ExpenseResponse(e.id(), x.vehicleId(), x.category().name(), x.description(), x.incurredOn(),
                    x.amount().currency(), x.amount().vatMode().name(), x.amount().net(), x.amount().vatRate(),
                    x.amount().vat(), x.amount().gross(), x.supplier(), x.invoiceReference(), e.serviceRequestId(),
                    e.envelope().createdBy(), e.envelope().createdAt(), e.version());
        }
    }

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 9999;

    /** A year query parameter; a malformed one is a 400 naming it. */
    static Integer year(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(value.strip());
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw new NumberFormatException(value);
            }
            return year;
        } catch (NumberFormatException e) {
            throw Rejection.invalid("malformed-parameter", "year", "year must be a year like 2026; '" + value + "' is not.")
                    .toException();
        }
    }
}
