package dev.opsuite.billing.invoices.application.service;

import static dev.opsuite.billing.testing.Orders.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.billing.invoices.application.port.in.IssueInvoiceUseCase;
import dev.opsuite.billing.invoices.application.port.in.CreateInvoiceUseCase.CreateInvoiceCommand;
import dev.opsuite.billing.invoices.application.port.in.IssueInvoiceUseCase.IssueInvoiceCommand;
import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.billing.invoices.domain.InvoiceIssued;
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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Seed 000: billing issues the invoice; dispatch and the rest of the suite hear of it once, and only then. */
class IssueInvoiceTest {

    static final Instant DRAFTED = Instant.parse("2026-11-20T09:00:00Z");
    static final Instant ISSUED = Instant.parse("2026-11-20T09:15:00Z");
    static final Actor CLERK = new Actor("acme", "billing-eva");

    final InMemorySalesOrders orders = new InMemorySalesOrders();
    final InMemoryInvoices invoices = new InMemoryInvoices();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final IssueInvoiceUseCase issue = service(ISSUED);

    @Test
    void an_issued_invoice_is_announced_once_with_its_order_and_total() {
        Invoice draft = draft();

        Invoice issued = issue.issue(new IssueInvoiceCommand(CLERK, draft.id(), 0L)).await().indefinitely();

        assertThat(issued.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(issued.issuedAt()).isEqualTo(ISSUED);
        assertThat(issued.issuedBy()).isEqualTo("billing-eva");
        assertThat(issued.version()).isEqualTo(1);
        assertThat(events.published()).containsExactly(
                new InvoiceIssued("acme", draft.id(), "INV-2026-000001", draft.order(), new BigDecimal("100.00"), ISSUED, null));
    }

    @Test
    void issuing_twice_is_a_conflict_and_announces_nothing_more() {
        Invoice draft = draft();
        issue.issue(new IssueInvoiceCommand(CLERK, draft.id(), null)).await().indefinitely();

        assertThatThrownBy(() -> issue.issue(new IssueInvoiceCommand(CLERK, draft.id(), null)).await().indefinitely())
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.rejection().code()).isEqualTo("invoice-not-draft");
                    assertThat(e.rejection().kind()).isEqualTo(Rejection.Kind.CONFLICT);
                });
        assertThat(events.published()).hasSize(1);
    }

    @Test
    void a_stale_version_is_refused_and_nothing_is_announced() {
        Invoice draft = draft();

        assertThatThrownBy(() -> issue.issue(new IssueInvoiceCommand(CLERK, draft.id(), 5L)).await().indefinitely())
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.rejection().kind()).isEqualTo(Rejection.Kind.STALE));
        assertThat(invoices.all()).singleElement().extracting(Invoice::status).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(events.published()).isEmpty();
    }

    @Test
    void another_businesss_invoice_is_not_found() {
        Invoice draft = draft();

        Actor globex = new Actor("globex", "billing-globex");
        assertThatThrownBy(() -> issue.issue(new IssueInvoiceCommand(globex, draft.id(), null)).await().indefinitely())
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.rejection().kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
                    assertThat(e.rejection().code()).isEqualTo("invoice-not-found");
                });
        assertThatThrownBy(() -> issue.issue(new IssueInvoiceCommand(CLERK, UUID.randomUUID(), null)).await().indefinitely())
                .isInstanceOf(RejectedException.class);
        assertThat(events.published()).isEmpty();
    }

    private Invoice draft() {
        SalesOrder order = Orders.confirmed("acme", line("Cable", "3", "33.333"));
        orders.add(order).await().indefinitely();
        Invoice draft = service(DRAFTED).create(new CreateInvoiceCommand(CLERK, order.id())).await().indefinitely();
        events.clear();
        return draft;
    }

    private InvoiceService service(Instant now) {
        return new InvoiceService(orders, invoices, new CountingDocumentNumbers(), events, Clock.fixed(now, ZoneOffset.UTC));
    }
}
