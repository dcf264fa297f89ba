package dev.opsuite.billing.profitability.application.service;

import static dev.opsuite.billing.testing.Orders.line;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.billing.invoices.domain.InvoiceLine;
import dev.opsuite.billing.invoices.domain.InvoiceProgress;
import dev.opsuite.billing.invoices.domain.InvoiceStatus;
import dev.opsuite.billing.invoices.domain.InvoicedOrder;
import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.billing.profitability.domain.CostKind;
import dev.opsuite.billing.profitability.domain.OrderCost;
import dev.opsuite.billing.profitability.domain.Profitability;
import dev.opsuite.billing.testing.InMemoryInvoices;
import dev.opsuite.billing.testing.InMemoryOrderCosts;
import dev.opsuite.billing.testing.InMemorySalesOrders;
import dev.opsuite.billing.testing.Orders;
import dev.opsuite.support.domain.Envelope;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Seed 004's accident scenario, billing's side (fleet-service/docs/accidents-and-ledger.md): net 48,000, insurer
 * 40,000, the company's 8,000 booked to the order — its profit falls by 8,000. Revenue is what issued and processed
 * invoices come to; drafts and void invoices earn nothing.
 */
class OrderProfitabilityTest {

    static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    final InMemorySalesOrders orders = new InMemorySalesOrders();
    final InMemoryInvoices invoices = new InMemoryInvoices();
    final InMemoryOrderCosts costs = new InMemoryOrderCosts();
    final ProfitabilityService service = new ProfitabilityService(orders, invoices, costs);

    @Test
    void the_accidents_company_share_lowers_the_orders_profit_by_8000() {
        SalesOrder order = stored(Orders.confirmedIn("CZK", "acme", line("Prague - Brno, full truck", "1", "12500.00")));
        // Booked before billing knew the order? Kept by its number all the same.
        done(service.record(cost(order.orderNumber(), CostKind.ACCIDENT, "8000.00")));
        invoice(order, InvoiceStatus.ISSUED, "10000.00");
        invoice(order, InvoiceStatus.PROCESSED, "2500.00");
        invoice(order, InvoiceStatus.DRAFT, "999.00");
        invoice(order, InvoiceStatus.VOID, "777.00");

        Profitability p = done(service.profitability("acme", order.id()));

        assertThat(p.revenue()).containsOnlyKeys("CZK").hasEntrySatisfying("CZK", r -> assertThat(r).isEqualByComparingTo("12500.00"));
        assertThat(p.costsByKind()).isEqualTo(Map.of("CZK", Map.of(CostKind.ACCIDENT, new BigDecimal("8000.00"))));
        assertThat(p.costs().get("CZK")).isEqualByComparingTo("8000.00");
        assertThat(p.profit().get("CZK")).isEqualByComparingTo("4500.00");
        assertThat(p.costLines()).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(CostKind.ACCIDENT));
    }

    @Test
    void fines_and_accidents_are_summed_per_kind_and_a_cost_is_kept_once() {
        SalesOrder order = stored(Orders.confirmedIn("CZK", "acme", line("Transport", "1", "1000")));
        OrderCost fine = cost(order.orderNumber(), CostKind.FINE, "1500.00");
        done(service.record(fine));
        done(service.record(fine));
        done(service.record(cost(order.orderNumber(), CostKind.FINE, "500.00")));
        done(service.record(cost(order.orderNumber(), CostKind.ACCIDENT, "8000.00")));
        done(service.record(cost("SO-2026-999999", CostKind.FINE, "100.00")));

        Profitability p = done(service.profitability("acme", order.id()));

        assertThat(p.costsByKind().get("CZK")).containsEntry(CostKind.FINE, new BigDecimal("2000.00"))
                .containsEntry(CostKind.ACCIDENT, new BigDecimal("8000.00"));
        assertThat(p.costs().get("CZK")).isEqualByComparingTo("10000.00");
        assertThat(p.profit().get("CZK")).as("nothing invoiced yet").isEqualByComparingTo("-10000.00");
        assertThat(p.costLines()).hasSize(3);
    }

    @Test
    void another_businesss_order_is_not_found() {
        SalesOrder theirs = stored(Orders.confirmed("globex", line("Transport", "1", "1000")));

        assertThat(refused(service.profitability("acme", theirs.id())).code()).isEqualTo("sales-order-not-found");
    }

    private static OrderCost cost(String orderNumber, CostKind kind, String amount) {
        return new OrderCost(UUID.randomUUID(), "acme", orderNumber, kind, new BigDecimal(amount), "CZK",
                kind + " booked to " + orderNumber, new OrderCost.Source(kind.name(), UUID.randomUUID(), null, null,
                        "fleet-manager-eva"), NOW);
    }

    private void invoice(SalesOrder order, InvoiceStatus status, String amount) {
        invoices.add(new Invoice(Envelope.created(UUID.randomUUID(), "acme", "eva", NOW), "INV-" + amount,
                new InvoicedOrder(order.id(), "acme", order.orderNumber(), order.customerId(), order.customerName(), order.currency()),
                List.of(new InvoiceLine(order.lines().get(0).id(), "part", BigDecimal.ONE, new BigDecimal(amount))), status,
                InvoiceProgress.DRAFTED, null, null)).await().indefinitely();
    }

    private SalesOrder stored(SalesOrder order) {
        orders.add(order).await().indefinitely();
        return order;
    }
}
