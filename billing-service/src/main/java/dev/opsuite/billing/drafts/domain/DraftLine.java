package dev.opsuite.billing.drafts.domain;

import dev.opsuite.billing.kernel.Amounts;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A line of a job's invoice: {@code quantity} hours of labor at a rate class, or of a part ({@code sku}), at
 * {@code unitPrice}. {@code sourceId} is the job's labor entry or part used (null for a line finance added).
 * {@code priced} is false for a line made from a job that came without prices: at 0.00 it waits for finance.
 */
public record DraftLine(LineKind kind, UUID sourceId, String description, String sku, String rateClass,
        BigDecimal quantity, BigDecimal unitPrice, boolean taxable, boolean priced) {

    /** Quantity times unit price, half-up to cents (the pricing rule field and billing share). */
    public BigDecimal amount() {
        return Amounts.of(quantity, unitPrice);
    }

    /** Still waiting for a price: made without one and not priced since. */
    public boolean needsPrice() {
        return !priced && unitPrice.signum() == 0;
    }

    /** Labor the job logged, not priced yet; not taxable (labor is not, unless the tenant says so when pricing). */
    public static DraftLine unpricedLabor(UUID laborEntryId, String rateClass, BigDecimal hours) {
        String rate = rateClass == null ? "standard" : rateClass.toLowerCase(java.util.Locale.ROOT);
        return new DraftLine(LineKind.LABOR, laborEntryId, "Labor, " + rate + " rate", null, rateClass, hours,
                BigDecimal.ZERO, false, false);
    }

    /** A part the job used, not priced yet; parts are taxable. */
    public static DraftLine unpricedPart(UUID partUsedId, String sku, BigDecimal quantity) {
        return new DraftLine(LineKind.PART, partUsedId, "Part " + sku, sku, null, quantity, BigDecimal.ZERO, true, false);
    }
}
