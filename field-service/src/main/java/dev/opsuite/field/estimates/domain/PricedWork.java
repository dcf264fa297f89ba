package dev.opsuite.field.estimates.domain;

import dev.opsuite.field.estimates.domain.EstimateLine.Kind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A completed job's work, priced: labor at the approved estimate's rate for its class (else the business's rate),
 * a part at the approved estimate's unit price for its sku (else the price book's). A part with no price at all is
 * priced 0.00 and says it needs one, for finance to price on the invoice draft.
 */
public record PricedWork(String currency, UUID estimateId, List<Line> lines, Totals totals) {

    public static final String NEEDS_A_PRICE = " (needs a price)";

    /** One labor entry or part used of the job: {@code quantity} is hours for labor. */
    public record Item(UUID sourceId, Kind kind, String sku, RateClass rateClass, BigDecimal quantity) {
    }

    public record Line(UUID sourceId, EstimateLine line) {
    }

    public PricedWork {
        lines = List.copyOf(lines);
    }

    /** The work priced; {@code approved} is the job's approved estimate, if it has one. */
    public static PricedWork of(List<Item> work, PricingSettings settings, Optional<Estimate> approved,
            Map<String, PartPrice> book) {
        List<Line> lines = work.stream().map(item -> new Line(item.sourceId(), item.kind() == Kind.LABOR
                ? labor(item, settings, approved) : part(item, approved, book))).toList();
        return new PricedWork(settings.currency(), approved.map(Estimate::id).orElse(null), lines,
                Totals.of(lines.stream().map(Line::line).toList(), settings.taxRate()));
    }

    private static EstimateLine labor(Item item, PricingSettings settings, Optional<Estimate> approved) {
        BigDecimal rate = approved.flatMap(e -> e.lines().stream()
                        .filter(l -> l.kind() == Kind.LABOR && l.rateClass() == item.rateClass()).findFirst())
                .map(EstimateLine::unitPrice).orElseGet(() -> settings.rate(item.rateClass()));
        return EstimateLine.labor(item.quantity(), item.rateClass(), rate, settings.laborTaxable());
    }

    private static EstimateLine part(Item item, Optional<Estimate> approved, Map<String, PartPrice> book) {
        Optional<EstimateLine> estimated = approved.flatMap(e -> e.lines().stream()
                .filter(l -> l.kind() == Kind.PART && l.sku().equals(item.sku())).findFirst());
        if (estimated.isPresent()) {
            EstimateLine e = estimated.get();
            return EstimateLine.part(item.sku(), e.description(), item.quantity(), e.unitPrice(), e.taxable());
        }
        PartPrice priced = book.get(item.sku());
        if (priced == null || priced.unitPrice() == null) {
            String name = priced == null ? item.sku() : priced.name();
            return EstimateLine.part(item.sku(), name + NEEDS_A_PRICE, item.quantity(), BigDecimal.ZERO.setScale(2),
                    priced == null || priced.taxable());
        }
        return EstimateLine.part(item.sku(), priced.name(), item.quantity(), priced.unitPrice(), priced.taxable());
    }
}
