package dev.opsuite.billing.invoices.application.service;

import static dev.opsuite.billing.testing.Orders.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.billing.invoices.application.port.in.CreateInvoiceUseCase;
import dev.opsuite.billing.invoices.application.port.in.CreateInvoiceUseCase.CreateInvoiceCommand;
import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.billing.invoices.domain.InvoiceStatus;
import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.testing.fakes.CountingDocumentNumbers;
import dev.opsuite.billing.testing.InMemoryInvoices;
import dev.opsuite.billing.testing.InMemorySalesOrders;
import dev.opsuite.billing.testing.Orders;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import dev.opsuite.support.application.RejectedException;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Seed 000: an invoice must belong to a valid sales order; this slice drafts one invoice for the whole order. */
class CreateInvoiceTest {

    static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    static final Actor CLERK = new Actor("acme", "billing-eva");

    final InMemorySalesOrders orders = new InMemorySalesOrders();
    final InMemoryInvoices invoices = new InMemoryInvoices();
    final CountingDocumentNumbers numbers = new CountingDocumentNumbers();
    final RecordingEventPublisher events = new RecordingEventPublisher();

    @Test
    void a_draft_invoice_takes_the_whole_order_total_and_announces_nothing_yet() {
        SalesOrder order = stored(Orders.confirmed("acme", line("Cable", "3", "33.333"), line("Breaker", "2", "12.10")));

        Invoice invoice = create(NOW, CLERK, order.id());

        assertThat(invoice.invoiceNumber()).isEqualTo("INV-2026-000001");
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(invoice.order().id()).isEqualTo(order.id());
        assertThat(invoice.order().orderNumber()).isEqualTo("SO-2026-000001");
        assertThat(invoice.order().total()).isEqualByComparingTo("124.20");
        assertThat(invoice.order().currency()).isEqualTo("EUR");
        assertThat(invoice.issuedAt()).isNull();
        assertThat(invoice.envelope().createdBy()).isEqualTo("billing-eva");
        assertThat(invoices.all()).containsExactly(invoice);
        assertThat(events.published()).isEmpty();
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
    void an_order_is_invoiced_once() {
        SalesOrder order = stored(Orders.confirmed("acme", line("Cable", "1", "10")));
        create(NOW, CLERK, order.id());

        assertRefused(() -> create(NOW, CLERK, order.id()), "sales-order-already-invoiced", Rejection.Kind.CONFLICT);
        assertThat(invoices.all()).hasSize(1);
        assertThat(numbers.taken()).as("the refused invoice took no number").isEqualTo(1);
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

    private Invoice create(Instant at, Actor actor, UUID salesOrderId) {
        CreateInvoiceUseCase create = new InvoiceService(orders, invoices, numbers, events, Clock.fixed(at, ZoneOffset.UTC));
        return create.create(new CreateInvoiceCommand(actor, salesOrderId)).await().indefinitely();
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
