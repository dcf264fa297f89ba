package dev.opsuite.field.kernel;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What a completed job's work is charged, priced when it completes: one line per labor entry and part used, with the
 * subtotal, tax and total; {@code estimateId} names the approved estimate whose rates priced it, if any. Shared by
 * jobs (which announces it) and estimates (which prices it).
 */
public record WorkPrice(String currency, UUID estimateId, List<Line> lines, BigDecimal subtotal, BigDecimal taxRate,
        BigDecimal tax, BigDecimal total) {

    public WorkPrice {
        lines = List.copyOf(lines);
    }

    /** One labor entry ({@code kind} LABOR, quantity in hours at {@code rateClass}) or part used (PART, of {@code sku}). */
    public record Item(String kind, UUID sourceId, String sku, String rateClass, BigDecimal quantity) {
    }

    /** An item priced; {@code sourceId} the labor entry's or the part used's id. */
    public record Line(String kind, UUID sourceId, String description, String sku, String rateClass,
            BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, boolean taxable) {
    }
}
