package dev.opsuite.billing.drafts.domain;

import dev.opsuite.billing.kernel.Amounts;
import java.math.BigDecimal;
import java.util.List;

/**
 * The pricing rule field and billing share: each line half-up to cents, subtotal their sum, tax = taxRate × the sum
 * of the taxable lines, half-up to cents, total = subtotal + tax.
 */
public record Totals(BigDecimal subtotal, BigDecimal tax, BigDecimal total) {

    public static Totals of(List<DraftLine> lines, BigDecimal taxRate) {
        BigDecimal subtotal = Amounts.cents(lines.stream().map(DraftLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal taxable = lines.stream().filter(DraftLine::taxable).map(DraftLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tax = Amounts.cents(taxRate.multiply(taxable));
        return new Totals(subtotal, tax, subtotal.add(tax));
    }
}
