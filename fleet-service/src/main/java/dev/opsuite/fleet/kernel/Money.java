package dev.opsuite.fleet.kernel;

import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Amounts as the ledger keeps them: an ISO 4217 currency with a minor unit, at that unit's scale. */
public final class Money {

    /**
     * The largest amount the fleet books, in any currency: twelve digits before the point, far above any
     * vehicle's cost (also in IDR or HUF), and small enough that VAT, splits and totals stay cheap to compute.
     */
    public static final String MAX_AMOUNT = "999999999999.99";
    public static final int MAX_INTEGER_DIGITS = 12;
    /** The most decimals of any ISO 4217 minor unit (CLF has 4); each currency's own is checked by {@link #inMinorUnit}. */
    public static final int MAX_DECIMALS = 4;
    /** The smallest positive amount at {@link #MAX_DECIMALS}: "above zero" as an inclusive bound. */
    public static final String SMALLEST_AMOUNT = "0.0001";

    static final BigDecimal MAX = new BigDecimal(MAX_AMOUNT);

    private Money() {
    }

    /** The ISO 4217 currency with a minor unit, or null (CZK, EUR yes; XAU, "czk" no). */
    public static Currency currency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return null;
        }
        try {
            Currency currency = Currency.getInstance(code);
            return currency.getDefaultFractionDigits() < 0 ? null : currency;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * {@code amount} at the scale of {@code currencyCode}'s minor unit (5000 CZK is 5000.00); more
     * decimals than the unit has, or an unknown currency, is rejected naming the field.
     */
    public static Result<BigDecimal> inMinorUnit(String amountField, String currencyField, String currencyCode,
            BigDecimal amount) {
        Currency currency = currency(currencyCode);
        if (currency == null) {
            return Result.invalid("unknown-currency", currencyField,
                    "currency must be an ISO 4217 code with a minor unit, like CZK or EUR; '" + currencyCode + "' is not.");
        }
        if (amount == null) {
            return Result.invalid("amount-required", amountField, "Give the amount.");
        }
        if (aboveMax(amount)) {
            return tooLarge(amountField);
        }
        int scale = currency.getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > scale) {
            return Result.invalid("too-many-decimals", amountField,
                    currency.getCurrencyCode() + " amounts have at most " + scale + " decimals.");
        }
        return Result.accepted(amount.setScale(scale, RoundingMode.UNNECESSARY));
    }

    /**
     * Whether {@code amount} (either sign) is beyond {@link #MAX_AMOUNT}. Checked before anything rescales an
     * amount: 1e99999999 has one digit, but at two decimals it has a hundred million.
     */
    public static boolean aboveMax(BigDecimal amount) {
        return amount.abs().compareTo(MAX) > 0;
    }

    /** The rejection of an amount beyond {@link #MAX_AMOUNT}, naming the field that gave it. */
    public static <T> Result<T> tooLarge(String field) {
        return Result.invalid("amount-too-large", field, "An amount is at most " + MAX_AMOUNT + ".");
    }

    /** {@code 5000.00 CZK} as the ledger's descriptions write it. */
    public static String format(BigDecimal amount, String currency) {
        return amount.toPlainString() + " " + currency;
    }

    /** 500 as the seed's fine texts write it (not 500.00); 500.50 keeps its cents. */
    public static String asWritten(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0
                ? value.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : value.toPlainString();
    }
}
