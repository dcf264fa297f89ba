package dev.opsuite.billing.profitability.application.service;

import dev.opsuite.billing.invoices.application.port.in.FindInvoicesQuery;
import dev.opsuite.billing.orders.application.port.in.FindSalesOrdersQuery;
import dev.opsuite.billing.profitability.application.port.in.OrderProfitabilityQuery;
import dev.opsuite.billing.profitability.application.port.in.RecordOrderCostUseCase;
import dev.opsuite.billing.profitability.application.port.out.OrderCostStore;
import dev.opsuite.billing.profitability.domain.OrderCost;
import dev.opsuite.billing.profitability.domain.Profitability;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class ProfitabilityService implements RecordOrderCostUseCase, OrderProfitabilityQuery {

    private final FindSalesOrdersQuery orders;
    private final FindInvoicesQuery invoices;
    private final OrderCostStore costs;

    ProfitabilityService(FindSalesOrdersQuery orders, FindInvoicesQuery invoices, OrderCostStore costs) {
        this.orders = orders;
        this.invoices = invoices;
        this.costs = costs;
    }

    @Override
    public Uni<Void> record(OrderCost cost) {
        return costs.addIfAbsent(cost);
    }

    @Override
    @WithSession
    public Uni<Profitability> profitability(String tenantId, UUID salesOrderId) {
        // The fleet names an order by its number (order-cost-recorded's orderReference).
        return orders.salesOrder(tenantId, salesOrderId).chain(order -> invoices.revenue(tenantId, salesOrderId)
                .chain(revenue -> costs.ofOrder(tenantId, order.orderNumber())
                        .map(lines -> Profitability.of(order.id(), order.orderNumber(), revenue, lines))));
    }
}
