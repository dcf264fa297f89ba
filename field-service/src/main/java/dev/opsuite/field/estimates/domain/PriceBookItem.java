package dev.opsuite.field.estimates.domain;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What the business charges for one sku (seed 002's PriceBookItem): a markup over the cost of its inventory product
 * (inventory's weighted average cost) or a fixed price. Parts are taxable unless the item says otherwise.
 */
public record PriceBookItem(Envelope envelope, String sku, String name, UUID productId, boolean taxable,
        PricingMethod pricing, BigDecimal markupPercent, BigDecimal price) implements Enveloped {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** What may be written about an item (the sku is its name in the book and does not change). */
    public record Terms(String name, UUID productId, boolean taxable, PricingMethod pricing, BigDecimal markupPercent,
            BigDecimal price) {
    }

    public static Result<PriceBookItem> create(Envelope envelope, String sku, Terms terms) {
        return check(terms).map(t -> new PriceBookItem(envelope, sku, t.name(), t.productId(), t.taxable(), t.pricing(),
                t.markupPercent(), t.price()));
    }

    public Result<PriceBookItem> revise(Terms terms, String by, Instant at) {
        return check(terms).map(t -> new PriceBookItem(envelope.touched(by, at), sku, t.name(), t.productId(),
                t.taxable(), t.pricing(), t.markupPercent(), t.price()));
    }

    /**
     * The unit price, given the product's cost when the item is priced by markup (half-up to cents); empty when it
     * is priced by markup and its cost is unknown.
     */
    public Optional<BigDecimal> unitPrice(Optional<BigDecimal> cost) {
        if (pricing == PricingMethod.FIXED) {
            return Optional.of(Prices.cents(price));
        }
        return cost.map(c -> Prices.cents(c.multiply(HUNDRED.add(markupPercent)).divide(HUNDRED)));
    }

    private static Result<Terms> check(Terms t) {
        if (t.pricing() == PricingMethod.MARKUP) {
            if (t.markupPercent() == null) {
                return Result.invalid("markup-percent-required", "markupPercent",
                        "An item priced by markup needs its markup percent.");
            }
            if (t.productId() == null) {
                return Result.invalid("product-required", "productId",
                        "An item priced by markup over its cost needs the inventory product whose cost it marks up.");
            }
            if (t.price() != null) {
                return Result.invalid("price-with-markup", "price", "An item priced by markup has no fixed price.");
            }
        } else {
            if (t.price() == null) {
                return Result.invalid("price-required", "price", "An item with a fixed price needs its price.");
            }
            if (t.markupPercent() != null) {
                return Result.invalid("markup-with-fixed-price", "markupPercent",
                        "An item with a fixed price has no markup.");
            }
        }
        return Result.accepted(t);
    }
}
