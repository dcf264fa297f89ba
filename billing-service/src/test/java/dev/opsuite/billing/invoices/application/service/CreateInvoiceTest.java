package dev.opsuite.billing.invoices.application.service;

import static dev.opsuite.billing.testing.Orders.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static dev.opsuite.testing.fakes.Outcomes.refused;

import dev.opsuite.billing.invoices.application.port.in.CreateInvoiceUseCase;
import dev.opsuite.billing.invoices.application.port.in.CreateInvoiceUseCase.CreateInvoiceCommand;
import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.billing.invoices.domain.InvoiceDrafted;
import dev.opsuite.billing.invoices.domain.InvoiceLine;
import dev.opsuite.billing.invoices.domain.InvoiceStatus;
import dev.opsuite.billing.orders.domain.LineQuantity;
import dev.opsuite.billing.orders.domain.OrderLine;
import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.testing.fakes.CountingDocumentNumbers;
import dev.opsuite.billing.testing.InMemoryInvoices;
import dev.opsuite.billing.testing.InMemorySalesOrders;
import dev.opsuite.billing.testing.Orders;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import dev.opsuite.support.application.RejectedException;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Seed 000: an invoice must belong to a valid sales order; partial deliveries are invoiced in parts, never beyond the order. */
class CreateInvoiceTest {

    static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    static final Actor CLERK = new Actor("acme", "billing-eva");

    final InMemorySalesOrders orders = new InMemorySalesOrders();
    final InMemoryInvoices invoices = new InMemoryInvoices();
    final CountingDocumentNumbers numbers = new CountingDocumentNumbers();
    final RecordingEventPublisher events = new RecordingEventPublisher();

    @Test
    void with_no_lines_named_a_draft_invoice_takes_all_that_is_left_of_the_order_and_is_announced() {
        SalesOrder order = stored(Orders.confirmed("acme", line("Cable", "3", "33.333"), line("Breaker", "2", "12.10")));

        Invoice invoice = create(NOW, CLERK, order.id());

        assertThat(invoice.invoiceNumber()).isEqualTo("INV-2026-000001");
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(invoice.order().id()).isEqualTo(order.id());
        assertThat(invoice.order().orderNumber()).isEqualTo("SO-2026-000001");
        assertThat(invoice.total()).isEqualByComparingTo("124.20").hasScaleOf(2);
        assertThat(invoice.lines()).extracting(InvoiceLine::salesOrderLineId)
                .containsExactlyElementsOf(order.lines().stream().map(OrderLine::id).toList());
        assertThat(invoice.order().currency()).isEqualTo("EUR");
        assertThat(invoice.issuedAt()).isNull();
        assertThat(invoice.envelope().createdBy()).isEqualTo("billing-eva");
        assertThat(invoices.all()).containsExactly(invoice);
        assertThat(events.published()).containsExactly(new InvoiceDrafted("acme", invoice.id(), "INV-2026-000001",
                invoice.order(), invoice.lines(), invoice.total(), null, "billing-eva", NOW));
    }

    @Test
    void the_year_of_the_number_is_the_utc_year_also_when_prague_already_celebrates_the_next() {
        Instant lateOnNewYearsEve = Instant.parse("2026-12-31T23:30:00Z");
        assertThat(lateOnNewYearsEve.atZone(ZoneId.of("Europe/Prague")).getYear()).isEqualTo(2027);

        assertThat(create(lateOnNewYearsEve, CLERK, stored(Orders.confirmed("acme", line("Cable", "1", "10"))).id())
                .invoiceNumber()).isEqualTo("INV-2026-000001");
        assertThat(create(Instant.parse("2027-01-01T00:00:00Z"), CLERK,
                stored(Orders.confirmed("acme", line("Cable", "1", "10"))).id()).invoiceNumber())
                .as("a new year starts its own sequence").isEqualTo("INV-2027-000001");
    }

    @Test
    void an_order_is_invoiced_in_parts_never_more_than_was_ordered_of_a_line() {
        SalesOrder order = stored(Orders.confirmed("acme", line("Pallet Brno - Olomouc", "10", "125.50"), line("Loading", "1", "300")));
        OrderLine pallets = order.lines().get(0);
        OrderLine loading = order.lines().get(1);

        Invoice first = create(NOW, CLERK, order.id(), new LineQuantity(pallets.id(), new BigDecimal("4")));
        assertThat(first.total()).isEqualByComparingTo("502.00");
        assertThat(invoicedOf(order, pallets)).isEqualByComparingTo("4");

        Rejection tooMuch = refused(() -> create(NOW, CLERK, order.id(), new LineQuantity(pallets.id(), new BigDecimal("6.001"))));
        assertThat(tooMuch.code()).isEqualTo("quantity-exceeds-order");
        assertThat(tooMuch.kind()).isEqualTo(Rejection.Kind.CONFLICT);
        assertThat(tooMuch.field()).isEqualTo("lines[0].quantity");

        Invoice rest = create(NOW, CLERK, order.id());
        assertThat(rest.lines()).extracting(InvoiceLine::salesOrderLineId, InvoiceLine::quantity)
                .containsExactly(tuple(pallets.id(), new BigDecimal("6")), tuple(loading.id(), new BigDecimal("1")));
        assertThat(rest.total()).isEqualByComparingTo("1053.00");
        assertThat(rest.invoiceNumber()).isEqualTo("INV-2026-000002");

        Rejection nothingLeft = refused(() -> create(NOW, CLERK, order.id()));
        assertThat(nothingLeft.code()).isEqualTo("sales-order-fully-invoiced");
        assertThat(nothingLeft.field()).isEqualTo("salesOrderId");
        assertThat(invoices.all()).hasSize(2);
        assertThat(numbers.taken()).as("refused invoices took no number").isEqualTo(2);
    }

    @Test
    void each_line_amount_is_quantity_times_unit_price_half_up_to_cents() {
        SalesOrder order = stored(Orders.confirmed("acme", line("Cable 3x2.5", "10", "33.333")));

        Invoice invoice = create(NOW, CLERK, order.id(), new LineQuantity(order.lines().get(0).id(), new BigDecimal("3")));

        assertThat(invoice.lines()).singleElement().satisfies(l -> assertThat(l.amount()).isEqualByComparingTo("100.00"));
        assertThat(invoice.total()).isEqualByComparingTo("100.00");
    }

    @Test
    void a_line_is_named_once_and_must_be_the_orders() {
        SalesOrder order = stored(Orders.confirmed("acme", line("Cable", "5", "10")));
        LineQuantity one = new LineQuantity(order.lines().get(0).id(), BigDecimal.ONE);

        assertThat(refused(() -> create(NOW, CLERK, order.id(), one, one)).field()).isEqualTo("lines[1].salesOrderLineId");
        Rejection unknown = refused(() -> create(NOW, CLERK, order.id(), new LineQuantity(UUID.randomUUID(), BigDecimal.ONE)));
        assertThat(unknown.code()).isEqualTo("sales-order-line-not-found");
        assertThat(unknown.field()).isEqualTo("lines[0].salesOrderLineId");
        assertThat(unknown.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
        assertThat(invoices.all()).isEmpty();
        assertThat(invoicedOf(order, order.lines().get(0))).isZero();
    }

    @Test
    void an_invoice_needs_an_order_of_the_same_business() {
        SalesOrder globexOrder = stored(Orders.confirmed("globex", line("Cable", "1", "10")));

        assertRefused(() -> create(NOW, CLERK, globexOrder.id()), "sales-order-not-found", Rejection.Kind.UNPROCESSABLE);
        assertRefused(() -> create(NOW, CLERK, UUID.randomUUID()), "sales-order-not-found", Rejection.Kind.UNPROCESSABLE);
        assertThat(invoices.all()).isEmpty();
        assertThat(numbers.taken()).isZero();
    }

    @Test
    void a_draft_order_is_not_invoiced_until_confirmed() {
        SalesOrder draft = stored(Orders.placed("acme", line("Cable", "1", "10")));

        assertRefused(() -> create(NOW, CLERK, draft.id()), "sales-order-not-confirmed", Rejection.Kind.UNPROCESSABLE);
        assertThat(invoices.all()).isEmpty();
    }

    private Invoice create(Instant at, Actor actor, UUID salesOrderId, LineQuantity... lines) {
        CreateInvoiceUseCase create = new InvoiceService(orders, invoices, numbers, events, Clock.fixed(at, ZoneOffset.UTC));
        return create.create(new CreateInvoiceCommand(actor, salesOrderId, List.of(lines))).await().indefinitely();
    }

    private BigDecimal invoicedOf(SalesOrder order, OrderLine line) {
        return orders.find("acme", order.id()).await().indefinitely().orElseThrow().lines().stream()
                .filter(l -> l.id().equals(line.id())).findFirst().orElseThrow().invoiced();
    }

    private SalesOrder stored(SalesOrder order) {
        orders.add(order).await().indefinitely();
        return order;
    }

    private static void assertRefused(ThrowingCallable call, String code, Rejection.Kind kind) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RejectedException.class, e -> {
            assertThat(e.rejection().code()).isEqualTo(code);
            assertThat(e.rejection().kind()).isEqualTo(kind);
            assertThat(e.rejection().field()).isEqualTo("salesOrderId");
        });
    }
}
