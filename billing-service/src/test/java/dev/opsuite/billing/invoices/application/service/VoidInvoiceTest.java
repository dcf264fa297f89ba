package dev.opsuite.billing.invoices.application.service;

import static dev.opsuite.billing.testing.Orders.line;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.billing.invoices.application.port.in.CreateInvoiceUseCase.CreateInvoiceCommand;
import dev.opsuite.billing.invoices.application.port.in.IssueInvoiceUseCase.IssueInvoiceCommand;
import dev.opsuite.billing.invoices.application.port.in.ProcessInvoiceUseCase.ProcessInvoiceCommand;
import dev.opsuite.billing.invoices.application.port.in.VoidInvoiceUseCase.VoidInvoiceCommand;
import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.billing.invoices.domain.InvoiceStatus;
import dev.opsuite.billing.invoices.domain.InvoiceVoided;
import dev.opsuite.billing.invoices.domain.Processing;
import dev.opsuite.billing.orders.domain.LineQuantity;
import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.billing.testing.InMemoryInvoices;
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

/** A wrong invoice is voided with a reason: its number stays taken, and what it took of the order can be invoiced again. */
class VoidInvoiceTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final Actor CLERK = new Actor("acme", "billing-eva");
    static final Actor FINANCE = new Actor("acme", "finance-jana");

    final InMemorySalesOrders orders = new InMemorySalesOrders();
    final InMemoryInvoices invoices = new InMemoryInvoices();
    final CountingDocumentNumbers numbers = new CountingDocumentNumbers();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final InvoiceService service = new InvoiceService(orders, invoices, numbers, events, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void voiding_frees_the_quantities_for_the_next_invoice_and_keeps_the_number() {
        SalesOrder order = stored(Orders.confirmed("acme", line("Pallet", "10", "125.50")));
        LineQuantity four = new LineQuantity(order.lines().get(0).id(), new BigDecimal("4"));
        Invoice wrong = done(service.create(new CreateInvoiceCommand(CLERK, order.id(), List.of(four))));
        events.clear();

        Invoice voided = done(service.voidInvoice(new VoidInvoiceCommand(FINANCE, wrong.id(), "Wrong quantity", 0L)));

        assertThat(voided.status()).isEqualTo(InvoiceStatus.VOID);
        assertThat(voided.progress().voidReason()).isEqualTo("Wrong quantity");
        assertThat(events.published()).containsExactly(new InvoiceVoided("acme", wrong.id(), "INV-2026-000001",
                order.id(), "Wrong quantity", "finance-jana", NOW));
        Invoice all = done(service.create(new CreateInvoiceCommand(CLERK, order.id())));
        assertThat(all.lines()).singleElement().satisfies(l -> assertThat(l.quantity()).isEqualByComparingTo("10"));
        assertThat(all.invoiceNumber()).as("the voided invoice keeps its number").isEqualTo("INV-2026-000002");
    }

    @Test
    void a_processed_invoice_is_voided_too_but_a_void_one_not_again() {
        SalesOrder order = stored(Orders.confirmed("acme", line("Cable", "1", "10")));
        Invoice invoice = done(service.create(new CreateInvoiceCommand(CLERK, order.id())));
        done(service.issue(new IssueInvoiceCommand(CLERK, invoice.id(), null)));
        done(service.process(new ProcessInvoiceCommand(FINANCE, invoice.id(), Processing.PAID, null)));

        done(service.voidInvoice(new VoidInvoiceCommand(FINANCE, invoice.id(), "Payment returned", null)));
        Rejection again = refused(service.voidInvoice(new VoidInvoiceCommand(FINANCE, invoice.id(), "again", null)));

        assertThat(again.code()).isEqualTo("invoice-void");
        assertThat(again.kind()).isEqualTo(Rejection.Kind.CONFLICT);
        assertThat(orders.all()).singleElement().satisfies(o -> assertThat(o.invoiced()).isFalse());
    }

    private SalesOrder stored(SalesOrder order) {
        orders.add(order).await().indefinitely();
        return order;
    }
}
