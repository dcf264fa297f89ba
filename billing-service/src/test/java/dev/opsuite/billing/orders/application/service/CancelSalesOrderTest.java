package dev.opsuite.billing.orders.application.service;

import static dev.opsuite.billing.testing.Orders.line;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.billing.orders.application.port.in.CancelSalesOrderUseCase;
import dev.opsuite.billing.orders.application.port.in.CancelSalesOrderUseCase.CancelSalesOrderCommand;
import dev.opsuite.billing.orders.domain.OrderLine;
import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.billing.orders.domain.SalesOrderCancelled;
import dev.opsuite.billing.orders.domain.SalesOrderStatus;
import dev.opsuite.billing.testing.InMemorySalesOrders;
import dev.opsuite.billing.testing.Orders;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import dev.opsuite.testing.fakes.CountingDocumentNumbers;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An order the customer withdrew is cancelled with a reason, but never while a live invoice takes any of it. */
class CancelSalesOrderTest {

    static final Instant NOW = Instant.parse("2026-11-21T07:30:00Z");
    static final Actor CLERK = new Actor("acme", "billing-eva");

    final InMemorySalesOrders orders = new InMemorySalesOrders();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final CancelSalesOrderUseCase cancel = new SalesOrderService(orders, new CountingDocumentNumbers(), events,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_confirmed_order_without_invoices_is_cancelled_with_its_reason_and_announced() {
        SalesOrder order = stored(Orders.confirmed("acme", line("Pallet transport", "2", "1250.00")));

        SalesOrder cancelled = done(cancel.cancel(new CancelSalesOrderCommand(CLERK, order.id(), " Customer withdrew ", null)));

        assertThat(cancelled.status()).isEqualTo(SalesOrderStatus.CANCELLED);
        assertThat(cancelled.decisions().cancellationReason()).isEqualTo("Customer withdrew");
        assertThat(cancelled.decisions().cancelledAt()).isEqualTo(NOW);
        assertThat(events.published()).containsExactly(new SalesOrderCancelled("acme", order.id(), "SO-2026-000001",
                "Customer withdrew", "billing-eva", NOW));

        assertThat(refused(cancel.cancel(new CancelSalesOrderCommand(CLERK, order.id(), "again", null))).code())
                .isEqualTo("sales-order-cancelled");
        assertThat(events.published()).hasSize(1);
    }

    @Test
    void an_order_a_live_invoice_takes_is_not_cancelled_409() {
        OrderLine half = line("Pallet transport", "2", "1250.00");
        SalesOrder order = Orders.confirmed("acme", half);
        SalesOrder invoiced = stored(new SalesOrder(order.envelope(), order.orderNumber(), order.customerId(),
                order.customerName(), order.currency(), List.of(new OrderLine(half.id(), half.description(), half.quantity(),
                        half.unitPrice(), BigDecimal.ONE)), order.status(), order.decisions()));

        Rejection refusal = refused(cancel.cancel(new CancelSalesOrderCommand(CLERK, invoiced.id(), "Customer withdrew", null)));

        assertThat(refusal.code()).isEqualTo("sales-order-has-live-invoices");
        assertThat(refusal.kind()).isEqualTo(Rejection.Kind.CONFLICT);
        assertThat(orders.all()).singleElement().extracting(SalesOrder::status).isEqualTo(SalesOrderStatus.CONFIRMED);
        assertThat(events.published()).isEmpty();
    }

    @Test
    void a_cancellation_needs_a_reason() {
        SalesOrder draft = stored(Orders.placed("acme", line("Pallet transport", "1", "10")));

        Rejection refusal = refused(cancel.cancel(new CancelSalesOrderCommand(CLERK, draft.id(), "  ", null)));

        assertThat(refusal.field()).isEqualTo("reason");
        assertThat(refusal.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
    }

    private SalesOrder stored(SalesOrder order) {
        orders.add(order).await().indefinitely();
        return order;
    }
}
