package dev.opsuite.fleet.kernel;

import dev.opsuite.fleet.kernel.Cost;
import dev.opsuite.fleet.kernel.VatMode;
import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;

/** A cost as the caller gives it: currency, VAT mode, the net or the gross amount, and the rate for STANDARD VAT. */
public record CostInput(String currency, VatMode vatMode, BigDecimal net, BigDecimal gross, BigDecimal vatRate) {

    /** Computed by {@link Cost#compute}; {@code field} prefixes the names in rejections. */
    public Result<Cost> compute(String field) {
        return Cost.compute(field, currency, vatMode, net, gross, vatRate);
    }
}
