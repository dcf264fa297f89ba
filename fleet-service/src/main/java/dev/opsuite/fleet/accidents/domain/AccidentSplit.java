package dev.opsuite.fleet.accidents.domain;

import dev.opsuite.fleet.kernel.Cost;
import dev.opsuite.fleet.kernel.Money;

import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;

/**
 * Who pays an accident's repair (seed 004: invoice 48,000, insurance 40,000, company 8,000, driver 5,000).
 * The split is of the invoice's NET amount: VAT on a repair invoice is reclaimed as input VAT, so it is
 * nobody's cost. {@code companyShare = repairCost - insurerShare}. The driver's deductible is recovered
 * from the driver's salary; it is part of the company share, at most all of it, and does not reduce
 * what the order is charged (order -8,000 and driver -5,000 in the seed).
 */
public record AccidentSplit(String currency, BigDecimal repairCost, BigDecimal insurerShare, BigDecimal companyShare,
        BigDecimal driverDeductible) {

    public static Result<AccidentSplit> of(Cost invoice, BigDecimal insurerShare, BigDecimal driverDeductible) {
        Result<BigDecimal> insurer = share("insurerShare", invoice.currency(), insurerShare);
        if (!(insurer instanceof Result.Accepted<BigDecimal> i)) {
            return insurer.map(x -> null);
        }
        Result<BigDecimal> driver = share("driverDeductible", invoice.currency(), driverDeductible);
        if (!(driver instanceof Result.Accepted<BigDecimal> d)) {
            return driver.map(x -> null);
        }
        BigDecimal repairCost = invoice.net();
        if (i.value().compareTo(repairCost) > 0) {
            return Result.invalid("insurer-share-above-invoice", "insurerShare", "The insurer's share ("
                    + i.value().toPlainString() + ") is more than the repair invoice's net amount ("
                    + repairCost.toPlainString() + ").");
        }
        BigDecimal company = repairCost.subtract(i.value());
        if (d.value().compareTo(company) > 0) {
            return Result.invalid("deductible-above-company-share", "driverDeductible", "The driver's deductible ("
                    + d.value().toPlainString() + ") is more than the company's share (" + company.toPlainString() + ").");
        }
        return Result.accepted(new AccidentSplit(invoice.currency(), repairCost, i.value(), company, d.value()));
    }

    /** A share in the invoice's currency: not negative, at most its minor unit's decimals; absent is 0. */
    private static Result<BigDecimal> share(String field, String currency, BigDecimal value) {
        BigDecimal amount = value == null ? BigDecimal.ZERO : value;
        if (amount.signum() < 0) {
            return Result.invalid("negative-amount", field, field + " cannot be negative.");
        }
        return Money.inMinorUnit(field, "repairInvoice.currency", currency, amount);
    }
}
