package dev.opsuite.fleet.application.port.in;

import dev.opsuite.fleet.domain.Cost;
import dev.opsuite.fleet.domain.VatMode;
import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;

/** A cost as the caller gives it: currency, VAT mode, the net or the gross amount, and the rate for STANDARD VAT. */
public record CostInput(String currency, VatMode vatMode, BigDecimal net, BigDecimal gross, BigDecimal vatRate) {

    /** Computed by {@link Cost#compute}; {@code field} prefixes the names in rejections. */
    public Result<Cost> compute(String field) {
        return Cost.compute(field, currency, vatMode, net, gross, vatRate);
    }
}
