package dev.opsuite.field.estimates.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Field's pricing rule: each line's amount half-up to cents, the subtotal their sum, the tax the rate times the
 * taxable lines' sum half-up to cents, the total the subtotal plus the tax.
 */
public record Totals(BigDecimal subtotal, BigDecimal taxRate, BigDecimal tax, BigDecimal total) {

    public static Totals of(List<EstimateLine> lines, BigDecimal taxRate) {
        BigDecimal subtotal = Prices.cents(lines.stream().map(EstimateLine::amount).reduce(BigDecimal.ZERO,
                BigDecimal::add));
        BigDecimal taxable = lines.stream().filter(EstimateLine::taxable).map(EstimateLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tax = Prices.cents(taxRate.multiply(taxable));
        return new Totals(subtotal, taxRate, tax, subtotal.add(tax));
    }
}
