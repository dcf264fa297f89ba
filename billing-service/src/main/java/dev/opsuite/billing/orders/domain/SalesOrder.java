package dev.opsuite.billing.orders.domain;

import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * A sales order: what a customer bought, line by line, in one currency. Its total is the sum of the
 * line amounts, each rounded half-up to cents. Invoices are raised against it.
 */
public final class SalesOrder {

    private final UUID id;
    private final String tenantId;
    private final String orderNumber;
    private final UUID customerId;
    private final String customerName;
    private final String currency;
    private final List<OrderLine> lines;
    private final String createdBy;
    private final Instant createdAt;
    private final long version;

    @SuppressWarnings("java:S107")
    public SalesOrder(UUID id, String tenantId, String orderNumber, UUID customerId, String customerName, String currency,
            List<OrderLine> lines, String createdBy, Instant createdAt, long version) {
        this.id = id;
        this.tenantId = tenantId;
        this.orderNumber = orderNumber;
        this.customerId = customerId;
        this.customerName = customerName;
        this.currency = currency;
        this.lines = List.copyOf(lines);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.version = version;
    }

    /**
     * Places a new order; quantities must be positive, prices not negative, the currency an ISO 4217 code, and
     * every line amount and the total below {@link OrderLine#MAX_AMOUNT}.
     */
    @SuppressWarnings("java:S107")
    public static Result<SalesOrder> place(UUID id, String tenantId, String orderNumber, UUID customerId, String customerName,
            String currency, List<OrderLine> lines, String by, Instant now) {
        if (currency == null || !currency.matches("[A-Z]{3}") || !knownCurrency(currency)) {
            return Result.invalid("unknown-currency", "currency", "Currency " + currency + " is not an ISO 4217 code.");
        }
        if (lines.isEmpty()) {
            return Result.invalid("no-lines", "lines", "A sales order needs at least one line.");
        }
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            if (line.quantity().signum() <= 0) {
                return Result.invalid("non-positive-quantity", "lines[" + i + "].quantity", "Quantities must be positive.");
            }
            if (line.unitPrice().signum() < 0) {
                return Result.invalid("negative-unit-price", "lines[" + i + "].unitPrice", "Unit prices cannot be negative.");
            }
            if (line.amount().compareTo(OrderLine.MAX_AMOUNT) >= 0) {
                return Result.invalid("amount-too-large", "lines[" + i + "]", "Quantity times unit price must stay below "
                        + OrderLine.MAX_AMOUNT.toPlainString() + ".");
            }
        }
        BigDecimal total = lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(OrderLine.MAX_AMOUNT) >= 0) {
            return Result.invalid("amount-too-large", "lines", "The order total must stay below "
                    + OrderLine.MAX_AMOUNT.toPlainString() + ".");
        }
        return Result.accepted(new SalesOrder(id, tenantId, orderNumber, customerId, customerName, currency, lines, by, now, 0));
    }

    private static boolean knownCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Sum of the line amounts (each half-up to cents). */
    public BigDecimal total() {
        return OrderLine.Amounts.cents(lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public UUID id() { return id; }
    public String tenantId() { return tenantId; }
    public String orderNumber() { return orderNumber; }
    public UUID customerId() { return customerId; }
    public String customerName() { return customerName; }
    public String currency() { return currency; }
    public List<OrderLine> lines() { return lines; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }
}
