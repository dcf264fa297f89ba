package dev.opsuite.billing.orders.application.service;

import static dev.opsuite.billing.testing.Orders.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.billing.orders.application.port.in.CreateSalesOrderUseCase;
import dev.opsuite.billing.orders.application.port.in.CreateSalesOrderUseCase.CreateSalesOrderCommand;
import dev.opsuite.billing.orders.domain.OrderLine;
import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.testing.fakes.CountingDocumentNumbers;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import dev.opsuite.billing.orders.domain.SalesOrderStatus;
import dev.opsuite.billing.testing.InMemorySalesOrders;
import dev.opsuite.support.application.RejectedException;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Seed 000: an invoice belongs to a valid sales order; billing places the orders, numbered per year. */
class CreateSalesOrderTest {

    static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
    static final Actor CLERK = new Actor("acme", "billing-eva");
    static final UUID CUSTOMER = UUID.randomUUID();

    final InMemorySalesOrders orders = new InMemorySalesOrders();
    final CountingDocumentNumbers numbers = new CountingDocumentNumbers();
    final RecordingEventPublisher events = new RecordingEventPublisher();

    @Test
    void an_order_is_numbered_in_its_year_and_totals_its_lines_rounded_half_up_to_cents() {
        SalesOrder order = place(NOW, List.of(line("Cable 3x2.5", "3", "33.333"), line("Fitting", "1", "0.50")));

        assertThat(order.status()).as("placed as a draft, announced when confirmed").isEqualTo(SalesOrderStatus.DRAFT);
        assertThat(order.lines()).extracting(OrderLine::id).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(events.published()).isEmpty();

        assertThat(order.orderNumber()).isEqualTo("SO-2026-000001");
        assertThat(order.total()).isEqualByComparingTo("100.50").hasScaleOf(2);
        assertThat(order.envelope().createdBy()).isEqualTo("billing-eva");
        assertThat(order.envelope().createdAt()).isEqualTo(NOW);
        assertThat(order.version()).isZero();
        assertThat(orders.all()).containsExactly(order);
        assertThat(place(NOW, List.of(line("Fitting", "1", "0.50"))).orderNumber()).isEqualTo("SO-2026-000002");
    }

    @Test
    void the_year_of_the_number_is_the_utc_year_also_when_prague_already_celebrates_the_next() {
        Instant lateOnNewYearsEve = Instant.parse("2026-12-31T23:30:00Z");
        assertThat(lateOnNewYearsEve.atZone(ZoneId.of("Europe/Prague")).getYear()).isEqualTo(2027);

        assertThat(place(lateOnNewYearsEve, List.of(line("Cable", "1", "10"))).orderNumber()).isEqualTo("SO-2026-000001");
        assertThat(place(Instant.parse("2027-01-01T00:00:00Z"), List.of(line("Cable", "1", "10"))).orderNumber())
                .as("a new year starts its own sequence").isEqualTo("SO-2027-000001");
    }

    @Test
    void an_order_without_lines_is_refused_naming_the_lines_and_nothing_is_kept() {
        assertThatThrownBy(() -> place(NOW, List.of())).isInstanceOfSatisfying(RejectedException.class, e -> {
            assertThat(e.rejection().code()).isEqualTo("no-lines");
            assertThat(e.rejection().kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
            assertThat(e.rejection().field()).isEqualTo("lines");
        });
        assertThat(orders.all()).isEmpty();
    }

    private SalesOrder place(Instant at, List<OrderLine> lines) {
        CreateSalesOrderUseCase create = new SalesOrderService(orders, numbers, events, Clock.fixed(at, ZoneOffset.UTC));
        return create.create(new CreateSalesOrderCommand(CLERK, CUSTOMER, "Novák Logistics s.r.o.", "EUR", lines))
                .await().indefinitely();
    }
}
