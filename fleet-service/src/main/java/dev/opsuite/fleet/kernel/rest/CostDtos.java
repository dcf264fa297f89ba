package dev.opsuite.fleet.kernel.rest;

import dev.opsuite.fleet.kernel.Cost;
import dev.opsuite.fleet.kernel.CostInput;
import dev.opsuite.fleet.kernel.Money;
import dev.opsuite.fleet.kernel.VatMode;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A cost as every endpoint that takes one reads it (a service's, a repair invoice) and writes it back. */
public final class CostDtos {

    private CostDtos() {
    }

    /** A cost: currency, VAT mode, the net (or the gross) amount, and the VAT rate (percent) for STANDARD. */
    public record CostBody(
            @NotBlank @Size(max = 3) @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code like CZK or EUR")
            String currency,
            @NotNull VatMode vatMode,
            @DecimalMin(value = "0", message = "cannot be negative") @DecimalMax(Money.MAX_AMOUNT)
            @Digits(integer = Money.MAX_INTEGER_DIGITS, fraction = Money.MAX_DECIMALS) BigDecimal net,
            @DecimalMin(value = "0", message = "cannot be negative") @DecimalMax(Money.MAX_AMOUNT)
            @Digits(integer = Money.MAX_INTEGER_DIGITS, fraction = Money.MAX_DECIMALS) BigDecimal gross,
            @DecimalMin(value = "0", message = "cannot be negative") @DecimalMax(Cost.MAX_VAT_RATE)
            @Digits(integer = 2, fraction = Cost.RATE_SCALE) BigDecimal vatRate) {

        public CostInput toInput() {
            return new CostInput(currency, vatMode, net, gross, vatRate);
        }
    }

    public record CostResponse(String currency, String vatMode, BigDecimal net, BigDecimal vatRate, BigDecimal vat, BigDecimal gross) {

        public static CostResponse of(Cost c) {
            return c == null ? null : new CostResponse(c.currency(), c.vatMode().name(), c.net(), c.vatRate(), c.vat(), c.gross());
        }
    }
}
