package dev.opsuite.billing.invoices.application.service;

import static dev.opsuite.billing.testing.Orders.line;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.billing.invoices.application.port.in.CreateInvoiceUseCase.CreateInvoiceCommand;
import dev.opsuite.billing.invoices.application.port.in.IssueInvoiceUseCase.IssueInvoiceCommand;
import dev.opsuite.billing.invoices.application.port.in.ProcessInvoiceUseCase.ProcessInvoiceCommand;
import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.billing.invoices.domain.InvoiceProcessed;
import dev.opsuite.billing.invoices.domain.InvoiceStatus;
import dev.opsuite.billing.invoices.domain.Processing;
import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.billing.testing.InMemoryInvoices;
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

/** Finance marks an issued invoice paid or posted; a dispatch holding it can no longer be deleted (dispatch hears of it). */
class ProcessInvoiceTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final Actor CLERK = new Actor("acme", "billing-eva");
    static final Actor FINANCE = new Actor("acme", "finance-jana");

    final InMemorySalesOrders orders = new InMemorySalesOrders();
    final InMemoryInvoices invoices = new InMemoryInvoices();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final InvoiceService service = new InvoiceService(orders, invoices, new CountingDocumentNumbers(), events,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void an_issued_invoice_is_paid_once_and_announced() {
        Invoice issued = issued();

        Invoice paid = done(service.process(new ProcessInvoiceCommand(FINANCE, issued.id(), Processing.PAID, 1L)));

        assertThat(paid.status()).isEqualTo(InvoiceStatus.PROCESSED);
        assertThat(paid.progress().processing()).isEqualTo(Processing.PAID);
        assertThat(paid.progress().processedBy()).isEqualTo("finance-jana");
        assertThat(events.published()).containsExactly(new InvoiceProcessed("acme", issued.id(), issued.invoiceNumber(),
                issued.order().id(), Processing.PAID, "finance-jana", NOW));

        Rejection again = refused(service.process(new ProcessInvoiceCommand(FINANCE, issued.id(), Processing.POSTED, null)));
        assertThat(again.code()).isEqualTo("invoice-not-issued");
        assertThat(again.kind()).isEqualTo(Rejection.Kind.CONFLICT);
        assertThat(events.published()).hasSize(1);
    }

    @Test
    void a_draft_is_not_processed_and_a_stale_version_is_refused() {
        SalesOrder order = stored(Orders.confirmed("acme", line("Cable", "1", "10")));
        Invoice draft = done(service.create(new CreateInvoiceCommand(CLERK, order.id())));
        events.clear();

        assertThat(refused(service.process(new ProcessInvoiceCommand(FINANCE, draft.id(), Processing.POSTED, null))).code())
                .isEqualTo("invoice-not-issued");
        assertThat(refused(service.process(new ProcessInvoiceCommand(FINANCE, draft.id(), Processing.POSTED, 4L))).kind())
                .isEqualTo(Rejection.Kind.STALE);
        assertThat(events.published()).isEmpty();
    }

    private Invoice issued() {
        SalesOrder order = stored(Orders.confirmed("acme", line("Cable", "1", "10")));
        Invoice draft = done(service.create(new CreateInvoiceCommand(CLERK, order.id())));
        Invoice issued = done(service.issue(new IssueInvoiceCommand(CLERK, draft.id(), null)));
        events.clear();
        return issued;
    }

    private SalesOrder stored(SalesOrder order) {
        orders.add(order).await().indefinitely();
        return order;
    }
}
