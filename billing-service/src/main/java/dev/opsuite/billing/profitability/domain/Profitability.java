package dev.opsuite.billing.profitability.domain;

import dev.opsuite.billing.kernel.Amounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What a sales order earned: the revenue invoiced (issued and processed invoices, net; drafts and void ones do not
 * count) minus the costs the fleet booked to it, per currency, with the costs per kind and the cost lines.
 */
public record Profitability(UUID salesOrderId, String orderNumber, Map<String, BigDecimal> revenue,
        Map<String, Map<CostKind, BigDecimal>> costsByKind, Map<String, BigDecimal> costs, Map<String, BigDecimal> profit,
        List<OrderCost> costLines) {

    /** Revenue per currency and the order's cost lines, summed and netted per currency (money half-up to cents). */
    public static Profitability of(UUID salesOrderId, String orderNumber, Map<String, BigDecimal> revenue,
            List<OrderCost> costLines) {
        Map<String, BigDecimal> earned = new TreeMap<>();
        revenue.forEach((currency, amount) -> earned.put(currency, Amounts.cents(amount)));
        Map<String, Map<CostKind, BigDecimal>> byKind = new TreeMap<>();
        Map<String, BigDecimal> costs = new TreeMap<>();
        for (OrderCost cost : costLines) {
            byKind.computeIfAbsent(cost.currency(), c -> new TreeMap<>()).merge(cost.kind(), cost.amount(), BigDecimal::add);
            costs.merge(cost.currency(), cost.amount(), BigDecimal::add);
        }
        byKind.values().forEach(kinds -> kinds.replaceAll((kind, amount) -> Amounts.cents(amount)));
        costs.replaceAll((currency, amount) -> Amounts.cents(amount));
        Map<String, BigDecimal> profit = new TreeMap<>();
        TreeSet<String> currencies = new TreeSet<>(earned.keySet());
        currencies.addAll(costs.keySet());
        for (String currency : currencies) {
            profit.put(currency, earned.getOrDefault(currency, Amounts.cents(BigDecimal.ZERO))
                    .subtract(costs.getOrDefault(currency, BigDecimal.ZERO)));
        }
        return new Profitability(salesOrderId, orderNumber, earned, byKind, costs, profit, new ArrayList<>(costLines));
    }
}
