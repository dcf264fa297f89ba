package dev.opsuite.billing.orders.domain;

import dev.opsuite.billing.kernel.Amounts;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * One line of a sales order: what is sold, how many, at what unit price, and how much of it live invoices already
 * take ({@code invoiced}: every invoice that is not void counts).
 */
public record OrderLine(UUID id, String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal invoiced) {

    /**
     * A line amount and an order total stay below 10^15: they fit the totals' numeric(19,2) columns with room, and
     * every reader of the events that carry them. A quantity and a unit price each within their bounds can
     * multiply beyond it, so the product is checked.
     */
    public static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(15);

    public OrderLine {
        invoiced = invoiced == null ? BigDecimal.ZERO : invoiced;
    }

    /** A new line, with an id of its own and nothing invoiced yet. */
    public OrderLine(String description, BigDecimal quantity, BigDecimal unitPrice) {
        this(UUID.randomUUID(), description, quantity, unitPrice, BigDecimal.ZERO);
    }

    /** Quantity times unit price, half-up to cents. */
    public BigDecimal amount() {
        return Amounts.of(quantity, unitPrice);
    }

    /** What is still to invoice of this line. */
    public BigDecimal remaining() {
        return quantity.subtract(invoiced);
    }

    /** The same line with {@code change} more (or, negative, less) invoiced. */
    OrderLine invoicedBy(BigDecimal change) {
        return new OrderLine(id, description, quantity, unitPrice, invoiced.add(change));
    }
}
