package dev.opsuite.fleet.kernel;

import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An amount in one currency with its VAT: {@code vat = net x vatRate / 100} rounded half-up to the
 * currency's minor unit (cents), {@code gross = net + vat}. Given the gross instead of the net (a fuel
 * receipt), {@code net = gross x 100 / (100 + vatRate)} rounded half-up, and {@code vat = gross - net}.
 * REVERSE_CHARGE and EXEMPT charge no VAT: rate 0, vat 0, gross = net. Amounts of different
 * currencies are never added together. No amount of a cost is above {@link Money#MAX_AMOUNT}.
 */
public record Cost(String currency, VatMode vatMode, BigDecimal net, BigDecimal vatRate, BigDecimal vat, BigDecimal gross) {

    /** The highest VAT rate (percent) a cost takes: below 100 with two decimals, as {@code numeric(5, 2)} keeps it. */
    public static final String MAX_VAT_RATE = "99.99";
    public static final int RATE_SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Computes the cost from exactly one of {@code net} and {@code gross}. {@code field} prefixes the
     * names in rejections ({@code ""} or {@code "cost."}).
     */
    public static Result<Cost> compute(String field, String currencyCode, VatMode mode, BigDecimal net, BigDecimal gross,
            BigDecimal vatRate) {
        Currency currency = Money.currency(currencyCode);
        if (currency == null) {
            return Result.invalid("unknown-currency", field + "currency",
                    "currency must be an ISO 4217 code with a minor unit, like CZK or EUR; '" + currencyCode + "' is not.");
        }
        if (mode == null) {
            return Result.invalid("vat-mode-required", field + "vatMode", "vatMode is STANDARD, REVERSE_CHARGE or EXEMPT.");
        }
        if (net == null && gross == null) {
            return Result.invalid("amount-required", field + "net", "Give the net amount (or the gross amount instead).");
        }
        if (net != null && gross != null) {
            return Result.invalid("amount-ambiguous", field + "gross", "Give either the net or the gross amount, not both.");
        }
        String amountField = field + (net != null ? "net" : "gross");
        BigDecimal amount = net != null ? net : gross;
        int scale = currency.getDefaultFractionDigits();
        if (amount.signum() < 0) {
            return Result.invalid("negative-amount", amountField, "An amount cannot be negative.");
        }
        if (Money.aboveMax(amount)) {
            return Money.tooLarge(amountField);
        }
        if (amount.stripTrailingZeros().scale() > scale) {
            return Result.invalid("too-many-decimals", amountField,
                    currency.getCurrencyCode() + " amounts have at most " + scale + " decimals.");
        }
        BigDecimal rate;
        if (mode == VatMode.STANDARD) {
            if (vatRate == null) {
                return Result.invalid("vat-rate-required", field + "vatRate", "A STANDARD VAT cost needs its vatRate (percent).");
            }
            if (vatRate.signum() <= 0 || vatRate.compareTo(HUNDRED) >= 0 || vatRate.stripTrailingZeros().scale() > RATE_SCALE) {
                return Result.invalid("invalid-vat-rate", field + "vatRate",
                        "vatRate is a percentage above 0 and below 100 with at most 2 decimals.");
            }
            rate = vatRate.setScale(RATE_SCALE, RoundingMode.UNNECESSARY);
        } else {
            if (vatRate != null && vatRate.signum() != 0) {
                return Result.invalid("vat-rate-not-allowed", field + "vatRate",
                        mode + " charges no VAT: leave vatRate out (or 0).");
            }
            rate = BigDecimal.ZERO.setScale(RATE_SCALE);
        }
        BigDecimal exact = amount.setScale(scale, RoundingMode.UNNECESSARY);
        if (net != null) {
            BigDecimal vat = exact.multiply(rate).divide(HUNDRED, scale, RoundingMode.HALF_UP);
            if (Money.aboveMax(exact.add(vat))) {
                // Every amount of a cost is booked (net, VAT, gross): the gross must fit as well.
                return Result.invalid("amount-too-large", amountField,
                        "With its VAT the gross amount would be above " + Money.MAX_AMOUNT + ".");
            }
            return Result.accepted(new Cost(currency.getCurrencyCode(), mode, exact, rate, vat, exact.add(vat)));
        }
        BigDecimal netFromGross = exact.multiply(HUNDRED).divide(HUNDRED.add(rate), scale, RoundingMode.HALF_UP);
        return Result.accepted(new Cost(currency.getCurrencyCode(), mode, netFromGross, rate, exact.subtract(netFromGross), exact));
    }
}
