package dev.opsuite.billing.orders.application.service;

import static dev.opsuite.billing.testing.Orders.line;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.billing.orders.application.port.in.InvoiceSalesOrderLinesUseCase;
import dev.opsuite.billing.orders.domain.LineQuantity;
import dev.opsuite.billing.orders.domain.OrderLine;
import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.billing.testing.InMemorySalesOrders;
import dev.opsuite.billing.testing.Orders;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.testing.fakes.CountingDocumentNumbers;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Partial deliveries: invoicing books quantities on the order's lines, never beyond them; voiding gives them back. */
class InvoiceSalesOrderLinesTest {

    final InMemorySalesOrders orders = new InMemorySalesOrders();
    final InvoiceSalesOrderLinesUseCase invoicing = new SalesOrderService(orders, new CountingDocumentNumbers(),
            new RecordingEventPublisher(), Clock.fixed(Orders.CONFIRMED_AT, ZoneOffset.UTC));

    @Test
    void quantities_are_booked_up_to_the_order_and_given_back_when_an_invoice_is_voided() {
        SalesOrder order = stored(Orders.confirmed("acme", line("Pallet", "10", "125.50"), line("Loading", "1", "300")));
        OrderLine pallets = order.lines().get(0);
        List<LineQuantity> seven = List.of(new LineQuantity(pallets.id(), new BigDecimal("7")));

        SalesOrder booked = done(invoicing.invoice(held(order), seven));

        assertThat(booked.lines().get(0).remaining()).isEqualByComparingTo("3");
        assertThat(held(order).remaining()).containsExactly(new LineQuantity(pallets.id(), new BigDecimal("3")),
                new LineQuantity(order.lines().get(1).id(), BigDecimal.ONE));
        Rejection tooMuch = refused(invoicing.invoice(held(order), seven));
        assertThat(tooMuch.code()).isEqualTo("quantity-exceeds-order");
        assertThat(tooMuch.field()).isEqualTo("lines[0].quantity");

        done(invoicing.release("acme", order.id(), seven));

        assertThat(held(order).lines().get(0).invoiced()).isZero();
        assertThat(held(order).invoiced()).isFalse();
    }

    @Test
    void a_draft_order_is_not_invoiced() {
        SalesOrder draft = stored(Orders.placed("acme", line("Pallet", "10", "125.50")));

        Rejection refusal = refused(invoicing.invoice(draft, draft.remaining()));

        assertThat(refusal.code()).isEqualTo("sales-order-not-confirmed");
        assertThat(refusal.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
        assertThat(refusal.field()).isEqualTo("salesOrderId");
    }

    private SalesOrder held(SalesOrder order) {
        return done(invoicing.holdForInvoicing(order.tenantId(), order.id())).orElseThrow();
    }

    private SalesOrder stored(SalesOrder order) {
        orders.add(order).await().indefinitely();
        return order;
    }
}
