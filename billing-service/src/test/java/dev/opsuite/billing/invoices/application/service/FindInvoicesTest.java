package dev.opsuite.billing.invoices.application.service;

import static dev.opsuite.billing.testing.Orders.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.billing.invoices.application.port.in.FindInvoicesQuery;
import dev.opsuite.billing.invoices.application.port.in.CreateInvoiceUseCase.CreateInvoiceCommand;
import dev.opsuite.billing.invoices.application.port.in.IssueInvoiceUseCase.IssueInvoiceCommand;
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
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Seed 000: billing's team references the invoices of a sales order; another business's invoices stay out of sight. */
class FindInvoicesTest {

    static final Actor CLERK = new Actor("acme", "billing-eva");

    final InMemorySalesOrders orders = new InMemorySalesOrders();
    final InMemoryInvoices invoices = new InMemoryInvoices();
    final InvoiceService service = new InvoiceService(orders, invoices, new CountingDocumentNumbers(),
            new RecordingEventPublisher(), Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC));
    final FindInvoicesQuery find = service;

    @Test
    void the_invoices_of_an_order_are_listed_by_order_and_status() {
        Invoice cable = drafted(CLERK);
        Invoice fitting = drafted(CLERK);
        service.issue(new IssueInvoiceCommand(CLERK, fitting.id(), null)).await().indefinitely();

        assertThat(find.invoices("acme", cable.order().id(), null, null, page()).await().indefinitely().items())
                .containsExactly(cable);
        assertThat(find.invoices("acme", null, InvoiceStatus.ISSUED, null, page()).await().indefinitely().items())
                .singleElement().extracting(Invoice::id).isEqualTo(fitting.id());
        assertThat(find.invoices("acme", null, null, null, page()).await().indefinitely().total()).isEqualTo(2);
        assertThat(find.invoice("acme", cable.id()).await().indefinitely()).isEqualTo(cable);
    }

    @Test
    void another_businesss_invoice_is_not_found() {
        Invoice theirs = drafted(new Actor("globex", "billing-globex"));

        assertThat(find.invoices("acme", null, null, null, page()).await().indefinitely().total()).isZero();
        assertThatThrownBy(() -> find.invoice("acme", theirs.id()).await().indefinitely())
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.rejection().kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
                    assertThat(e.rejection().code()).isEqualTo("invoice-not-found");
                });
    }

    private Invoice drafted(Actor actor) {
        SalesOrder order = Orders.confirmed(actor.tenantId(), line("Cable", "1", "10"));
        orders.add(order).await().indefinitely();
        return service.create(new CreateInvoiceCommand(actor, order.id())).await().indefinitely();
    }

    private static PageRequest page() {
        return new PageRequest(1, 20, "createdAt", false);
    }
}
