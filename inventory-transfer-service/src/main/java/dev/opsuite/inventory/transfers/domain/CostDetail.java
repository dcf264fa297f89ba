package dev.opsuite.inventory.transfers.domain;

import dev.opsuite.inventory.kernel.Costing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the goods of a note are worth: per item the unit cost (the origin's WAC) and the line's
 * value, and the note's total. A draft shows it at the current WAC; dispatch freezes it (seed
 * 001, design decision 2: the cost is the WAC at the moment of dispatch).
 */
public record CostDetail(List<Line> items, BigDecimal total, String currency) {

    public record Line(UUID productId, BigDecimal quantity, BigDecimal unitCost, BigDecimal totalCost) {
    }

    public CostDetail {
        items = List.copyOf(items);
    }

    /** Prices {@code detail} at {@code unitCosts} (by product; a product not stocked yet costs 0). */
    public static CostDetail at(List<NoteItem> detail, Map<UUID, BigDecimal> unitCosts, String currency) {
        List<Line> lines = detail.stream().map(item -> {
            BigDecimal cost = Costing.unitCost(unitCosts.getOrDefault(item.productId(), BigDecimal.ZERO));
            return new Line(item.productId(), item.quantity(), cost, Costing.value(item.quantity(), cost));
        }).toList();
        BigDecimal total = lines.stream().map(Line::totalCost).reduce(BigDecimal.ZERO.setScale(Costing.MONEY_SCALE), BigDecimal::add);
        return new CostDetail(lines, total, currency);
    }

    public BigDecimal unitCostOf(UUID productId) {
        return items.stream().filter(l -> l.productId().equals(productId)).map(Line::unitCost).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("product " + productId + " is not on the note"));
    }
}
