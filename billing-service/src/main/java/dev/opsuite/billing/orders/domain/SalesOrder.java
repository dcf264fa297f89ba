package dev.opsuite.billing.orders.domain;

import dev.opsuite.billing.kernel.Amounts;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** What is left to invoice, line by line: the lines not yet wholly taken by live invoices. */
    public List<LineQuantity> remaining() {
        return lines.stream().filter(line -> line.remaining().signum() > 0)
                .map(line -> new LineQuantity(line.id(), line.remaining())).toList();
    }

    /**
     * Books {@code quantities} as invoiced: the order must be confirmed, each line its own and named once, each
     * quantity positive and at most what is left of its line (counting every invoice that is not void).
     */
    public Result<SalesOrder> invoice(List<LineQuantity> quantities) {
        Result<SalesOrder> invoiceable = invoiceable();
        if (invoiceable instanceof Result.Rejected<SalesOrder>) {
            return invoiceable;
        }
        if (quantities.isEmpty()) {
            return Result.wrongState("sales-order-fully-invoiced", "salesOrderId", "Every line of sales order "
                    + orderNumber + " is already invoiced.");
        }
        Map<UUID, OrderLine> byId = new LinkedHashMap<>();
        lines.forEach(line -> byId.put(line.id(), line));
        Set<UUID> named = new HashSet<>();
        for (int i = 0; i < quantities.size(); i++) {
            LineQuantity asked = quantities.get(i);
            OrderLine line = byId.get(asked.salesOrderLineId());
            if (line == null) {
                return Result.invalid("sales-order-line-not-found", "lines[" + i + "].salesOrderLineId",
                        "Sales order " + orderNumber + " has no line " + asked.salesOrderLineId() + ".");
            }
            if (!named.add(line.id())) {
                return Result.invalid("duplicate-line", "lines[" + i + "].salesOrderLineId",
                        "Line " + line.id() + " is named twice; name each line once.");
            }
            if (asked.quantity().signum() <= 0) {
                return Result.invalid("non-positive-quantity", "lines[" + i + "].quantity", "Quantities must be positive.");
            }
            if (asked.quantity().compareTo(line.remaining()) > 0) {
                return Result.wrongState("quantity-exceeds-order", "lines[" + i + "].quantity", "Only "
                        + line.remaining().stripTrailingZeros().toPlainString() + " of " + line.description()
                        + " are left to invoice (ordered " + line.quantity().stripTrailingZeros().toPlainString() + ").");
            }
            byId.put(line.id(), line.invoicedBy(asked.quantity()));
        }
        return Result.accepted(with(envelope, List.copyOf(byId.values()), status, decisions));
    }

    /** Gives back what a voided invoice took, so that it can be invoiced again. */
    public SalesOrder release(List<LineQuantity> quantities) {
        Map<UUID, BigDecimal> freed = new HashMap<>();
        quantities.forEach(q -> freed.merge(q.salesOrderLineId(), q.quantity(), BigDecimal::add));
        return with(envelope, lines.stream().map(line -> line.invoicedBy(freed.getOrDefault(line.id(), BigDecimal.ZERO)
                .negate())).toList(), status, decisions);
    }

    /** Sum of the line amounts (each half-up to cents). */
    public BigDecimal total() {
        return Amounts.cents(lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private SalesOrder with(Envelope envelope, List<OrderLine> lines, SalesOrderStatus status, OrderDecisions decisions) {
        return new SalesOrder(envelope, orderNumber, customerId, customerName, currency, lines, status, decisions);
    }
}
