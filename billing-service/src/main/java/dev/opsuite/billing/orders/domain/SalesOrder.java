package dev.opsuite.billing.orders.domain;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * A sales order: what a customer bought, line by line, in one currency. Its total is the sum of the
 * line amounts, each rounded half-up to cents. Invoices are raised against it.
 */
public record SalesOrder(Envelope envelope, String orderNumber, UUID customerId, String customerName, String currency,
        List<OrderLine> lines) implements Enveloped {

    public SalesOrder {
        lines = List.copyOf(lines);
    }

    /**
     * Places a new order; quantities must be positive, prices not negative, the currency an ISO 4217 code, and
     * every line amount and the total below {@link OrderLine#MAX_AMOUNT}.
     */
    public static Result<SalesOrder> place(Envelope envelope, String orderNumber, UUID customerId, String customerName,
            String currency, List<OrderLine> lines) {
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
        return Result.accepted(new SalesOrder(envelope, orderNumber, customerId, customerName, currency, lines));
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
}
