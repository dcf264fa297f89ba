package dev.opsuite.billing.invoices.application.service;

import static dev.opsuite.billing.testing.Orders.line;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.billing.invoices.application.port.in.AnswerInvoiceRequestUseCase;
import dev.opsuite.billing.invoices.application.port.in.AnswerInvoiceRequestUseCase.InvoiceRequest;
import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.billing.invoices.domain.InvoiceDrafted;
import dev.opsuite.billing.invoices.domain.InvoiceIssued;
import dev.opsuite.billing.invoices.domain.InvoiceRequestRejected;
import dev.opsuite.billing.invoices.domain.InvoiceStatus;
import dev.opsuite.billing.orders.domain.LineQuantity;
import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.billing.testing.InMemoryInvoices;
import dev.opsuite.billing.testing.InMemorySalesOrders;
import dev.opsuite.billing.testing.Orders;
import dev.opsuite.testing.fakes.CountingDocumentNumbers;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Seed 000: "attach existing invoices OR create new ones". From a dispatch, a dispatcher asks for a new invoice of some
 * order lines; billing drafts and issues it at once, or says why not, and answers each request once.
 */
class AnswerInvoiceRequestTest {

    static final Instant NOW = Instant.parse("2026-11-20T14:00:00Z");
    static final UUID DISPATCH = UUID.randomUUID();

    final InMemorySalesOrders orders = new InMemorySalesOrders();
    final InMemoryInvoices invoices = new InMemoryInvoices();
    final CountingDocumentNumbers numbers = new CountingDocumentNumbers();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final AnswerInvoiceRequestUseCase answers = new InvoiceService(orders, invoices, numbers, events,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void the_named_lines_are_drafted_and_issued_at_once_and_announced_with_the_request() {
        SalesOrder order = stored(Orders.confirmed("acme", line("Pallet Brno - Olomouc", "10", "125.50")));
        UUID requestId = UUID.randomUUID();

        done(answers.answer(request(requestId, order.id(), new LineQuantity(order.lines().get(0).id(), new BigDecimal("4")))));

        Invoice invoice = invoices.all().get(0);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(invoice.requestId()).isEqualTo(requestId);
        assertThat(invoice.total()).isEqualByComparingTo("502.00");
        assertThat(invoice.envelope().createdBy()).isEqualTo("dispatcher-petr");
        assertThat(events.published()).hasSize(2);
        assertThat(events.published(InvoiceDrafted.class)).singleElement().satisfies(e -> assertThat(e.requestId()).isEqualTo(requestId));
        assertThat(events.published(InvoiceIssued.class)).singleElement().satisfies(e -> {
            assertThat(e.requestId()).isEqualTo(requestId);
            assertThat(e.total()).isEqualByComparingTo("502.00");
        });
    }

    @Test
    void a_request_answered_already_changes_nothing() {
        SalesOrder order = stored(Orders.confirmed("acme", line("Pallet", "10", "125.50")));
        InvoiceRequest request = request(UUID.randomUUID(), order.id(), new LineQuantity(order.lines().get(0).id(), BigDecimal.ONE));
        done(answers.answer(request));

        done(answers.answer(request));

        assertThat(invoices.all()).hasSize(1);
        assertThat(numbers.taken()).isEqualTo(1);
        assertThat(events.published()).hasSize(2);
    }

    @Test
    void what_the_api_would_refuse_is_answered_with_the_problem_type_and_nothing_is_kept() {
        SalesOrder order = stored(Orders.confirmed("acme", line("Pallet", "10", "125.50")));
        SalesOrder draft = stored(Orders.placed("acme", line("Pallet", "1", "1")));
        SalesOrder theirs = stored(Orders.confirmed("globex", line("Pallet", "1", "1")));

        assertThat(refusal(order.id(), new LineQuantity(order.lines().get(0).id(), new BigDecimal("11"))))
                .isEqualTo("quantity-exceeds-order");
        assertThat(refusal(draft.id())).isEqualTo("sales-order-not-confirmed");
        assertThat(refusal(theirs.id())).isEqualTo("sales-order-not-found");
        assertThat(refusal(UUID.randomUUID())).isEqualTo("sales-order-not-found");
        assertThat(invoices.all()).isEmpty();
        assertThat(numbers.taken()).isZero();
        assertThat(events.published(InvoiceRequestRejected.class)).allSatisfy(e -> {
            assertThat(e.dispatchId()).isEqualTo(DISPATCH);
            assertThat(e.detail()).isNotBlank();
            assertThat(e.rejectedAt()).isEqualTo(NOW);
        });
    }

    private String refusal(UUID salesOrderId, LineQuantity... lines) {
        events.clear();
        UUID requestId = UUID.randomUUID();
        done(answers.answer(request(requestId, salesOrderId, lines)));
        return events.published(InvoiceRequestRejected.class).stream().filter(e -> e.requestId().equals(requestId))
                .findFirst().orElseThrow().reason();
    }

    private static InvoiceRequest request(UUID requestId, UUID salesOrderId, LineQuantity... lines) {
        return new InvoiceRequest("acme", requestId, DISPATCH, salesOrderId, List.of(lines), "dispatcher-petr");
    }

    private SalesOrder stored(SalesOrder order) {
        orders.add(order).await().indefinitely();
        return order;
    }
}
