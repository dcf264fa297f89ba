package dev.opsuite.billing.orders.application.service;

import static dev.opsuite.billing.testing.Orders.line;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.billing.orders.application.port.in.ConfirmSalesOrderUseCase;
import dev.opsuite.billing.orders.application.port.in.ConfirmSalesOrderUseCase.ConfirmSalesOrderCommand;
import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.billing.orders.domain.SalesOrderConfirmed;
import dev.opsuite.billing.orders.domain.SalesOrderStatus;
import dev.opsuite.billing.testing.InMemorySalesOrders;
import dev.opsuite.billing.testing.Orders;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import dev.opsuite.testing.fakes.CountingDocumentNumbers;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Billing confirms what the customer ordered; from then on it can be invoiced, and the suite hears of it once. */
class ConfirmSalesOrderTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final Actor CLERK = new Actor("acme", "billing-eva");

    final InMemorySalesOrders orders = new InMemorySalesOrders();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final ConfirmSalesOrderUseCase confirm = new SalesOrderService(orders, new CountingDocumentNumbers(), events,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_draft_order_is_confirmed_once_and_announced_with_its_lines_and_total() {
        SalesOrder draft = stored(Orders.placed("acme", line("Pallet transport", "2", "1250.00"), line("Loading", "1", "300")));

        SalesOrder confirmed = done(confirm.confirm(new ConfirmSalesOrderCommand(CLERK, draft.id(), 0L)));

        assertThat(confirmed.status()).isEqualTo(SalesOrderStatus.CONFIRMED);
        assertThat(confirmed.decisions().confirmedBy()).isEqualTo("billing-eva");
        assertThat(confirmed.decisions().confirmedAt()).isEqualTo(NOW);
        assertThat(confirmed.version()).isEqualTo(1);
        assertThat(events.published()).singleElement().isInstanceOfSatisfying(SalesOrderConfirmed.class, e -> {
            assertThat(e.salesOrderId()).isEqualTo(draft.id());
            assertThat(e.lines()).isEqualTo(draft.lines());
            assertThat(e.total()).isEqualByComparingTo("2800.00");
            assertThat(e.confirmedBy()).isEqualTo("billing-eva");
        });

        Rejection again = refused(confirm.confirm(new ConfirmSalesOrderCommand(CLERK, draft.id(), null)));
        assertThat(again.code()).isEqualTo("sales-order-not-draft");
        assertThat(again.kind()).isEqualTo(Rejection.Kind.CONFLICT);
        assertThat(events.published()).hasSize(1);
    }

    @Test
    void a_stale_version_or_another_businesss_order_is_refused_and_nothing_is_announced() {
        SalesOrder draft = stored(Orders.placed("acme", line("Pallet transport", "1", "10")));

        assertThat(refused(confirm.confirm(new ConfirmSalesOrderCommand(CLERK, draft.id(), 3L))).kind())
                .isEqualTo(Rejection.Kind.STALE);
        assertThat(refused(confirm.confirm(new ConfirmSalesOrderCommand(new Actor("globex", "x"), draft.id(), null))).code())
                .isEqualTo("sales-order-not-found");
        assertThat(orders.all()).singleElement().extracting(SalesOrder::status).isEqualTo(SalesOrderStatus.DRAFT);
        assertThat(events.published()).isEmpty();
    }

    private SalesOrder stored(SalesOrder order) {
        orders.add(order).await().indefinitely();
        return order;
    }
}
