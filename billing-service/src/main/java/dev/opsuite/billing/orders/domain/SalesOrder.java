package dev.opsuite.billing.orders.domain;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * A sales order: what a customer bought, line by line, in one currency. Its total is the sum of the line amounts,
 * each rounded half-up to cents. Placed as a draft; confirmed, it can be invoiced; cancelled only while no live
 * invoice takes any of it.
 */
public record SalesOrder(Envelope envelope, String orderNumber, UUID customerId, String customerName, String currency,
        List<OrderLine> lines, SalesOrderStatus status, OrderDecisions decisions) implements Enveloped {

    public SalesOrder {
        lines = List.copyOf(lines);
    }

    /**
     * Places a new order, as a draft; quantities must be positive, prices not negative, the currency an ISO 4217
     * code, and every line amount and the total below {@link OrderLine#MAX_AMOUNT}.
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
        return Result.accepted(new SalesOrder(envelope, orderNumber, customerId, customerName, currency, lines,
                SalesOrderStatus.DRAFT, OrderDecisions.NONE));
    }

    private static boolean knownCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Draft to confirmed, once: from now on it can be invoiced, and the suite hears of it. */
    public Result<SalesOrder> confirm(String by, Instant now) {
        if (status != SalesOrderStatus.DRAFT) {
            return Result.wrongState("sales-order-not-draft", "status", "Sales order " + orderNumber + " is " + status
                    + "; only a draft is confirmed.");
        }
        SalesOrder confirmed = with(envelope.touched(by, now), lines, SalesOrderStatus.CONFIRMED,
                decisions.confirmed(by, now));
        return Result.accepted(confirmed, new SalesOrderConfirmed(tenantId(), id(), orderNumber, customerId,
                customerName, lines, total(), currency, by, now));
    }

    /** Draft or confirmed to cancelled, while no live (not void) invoice takes any of it. */
    public Result<SalesOrder> cancel(String reason, String by, Instant now) {
        if (reason == null || reason.isBlank()) {
            return Result.invalid("reason-required", "reason", "Say why the order is cancelled.");
        }
        if (status == SalesOrderStatus.CANCELLED) {
            return Result.wrongState("sales-order-cancelled", "status", "Sales order " + orderNumber
                    + " is already cancelled.");
        }
        if (invoiced()) {
            return Result.wrongState("sales-order-has-live-invoices", "status", "Sales order " + orderNumber
                    + " has invoices that are not void; void them first.");
        }
        SalesOrder cancelled = with(envelope.touched(by, now), lines, SalesOrderStatus.CANCELLED,
                decisions.cancelled(by, now, reason.strip()));
        return Result.accepted(cancelled, new SalesOrderCancelled(tenantId(), id(), orderNumber, reason.strip(), by, now));
    }

    /** Does a live invoice take any of the order? (A live invoice takes a positive quantity of some line.) */
    public boolean invoiced() {
        return lines.stream().anyMatch(line -> line.invoiced().signum() > 0);
    }

    /** Only a confirmed order is invoiced (seed 000: an invoice must belong to a valid sales order). */
    public Result<SalesOrder> invoiceable() {
        if (status != SalesOrderStatus.CONFIRMED) {
            return Result.invalid("sales-order-not-confirmed", "salesOrderId", "Sales order " + orderNumber + " is "
                    + status + "; only a confirmed order is invoiced.");
        }
        return Result.accepted(this);
    }

    /** Sum of the line amounts (each half-up to cents). */
    public BigDecimal total() {
        return OrderLine.Amounts.cents(lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private SalesOrder with(Envelope envelope, List<OrderLine> lines, SalesOrderStatus status, OrderDecisions decisions) {
        return new SalesOrder(envelope, orderNumber, customerId, customerName, currency, lines, status, decisions);
    }
}
