package dev.opsuite.field.estimates.domain;

import dev.opsuite.field.estimates.domain.EstimateLine.Kind;
import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Today's prices, as an estimate is written: labor at the business's rate for its class, a part at its price book
 * price now. A sku the book lacks, or one it cannot price (a markup over no known cost), is refused naming the line.
 */
public record PriceList(PricingSettings settings, Map<String, PartPrice> parts) {

    public PriceList {
        parts = Map.copyOf(parts);
    }

    /** Line {@code index} asked for: LABOR {@code quantity} hours at {@code rateClass}, or PART {@code quantity} of {@code sku}. */
    public Result<EstimateLine> line(int index, Kind kind, BigDecimal quantity, RateClass rateClass, String sku) {
        String at = "lines[" + index + "].";
        if (quantity == null) {
            return Result.invalid("quantity-required", at + (kind == Kind.LABOR ? "hours" : "quantity"),
                    "Each line needs its hours or quantity.");
        }
        if (kind == Kind.LABOR) {
            if (rateClass == null) {
                return Result.invalid("rate-class-required", at + "rateClass", "A labor line needs its rate class.");
            }
            return Result.accepted(EstimateLine.labor(quantity, rateClass, settings.rate(rateClass),
                    settings.laborTaxable()));
        }
        if (sku == null) {
            return Result.invalid("sku-required", at + "sku", "A part line needs its price book sku.");
        }
        PartPrice part = parts.get(sku);
        if (part == null) {
            return Result.invalid("sku-not-in-price-book", at + "sku", "The price book has no sku " + sku + ".");
        }
        if (part.unitPrice() == null) {
            return Result.invalid("no-known-cost", at + "sku", "Price book item " + sku
                    + " is priced by markup over the cost of its product, and no truck has reported that cost yet.");
        }
        return Result.accepted(EstimateLine.part(sku, part.name(), quantity, part.unitPrice(), part.taxable()));
    }
}
