package dev.opsuite.billing.invoices.application.service;

import static dev.opsuite.billing.testing.Orders.line;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.billing.invoices.application.port.in.CreateInvoiceUseCase.CreateInvoiceCommand;
import dev.opsuite.billing.invoices.domain.DispatchLink;
import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.billing.testing.InMemoryInvoices;
import dev.opsuite.billing.testing.InMemorySalesOrders;
import dev.opsuite.billing.testing.Orders;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import dev.opsuite.testing.fakes.CountingDocumentNumbers;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Seed 000: billing references the invoices tied to a dispatch; the invoice shows the dispatch it travels with. */
class LinkInvoiceToDispatchTest {

    static final Instant T1 = Instant.parse("2026-11-20T14:00:00Z");
    static final DispatchLink FIRST = new DispatchLink(UUID.randomUUID(), "DSP-2026-000001", T1);
    static final DispatchLink SECOND = new DispatchLink(UUID.randomUUID(), "DSP-2026-000002", T1.plusSeconds(600));

    final InMemorySalesOrders orders = new InMemorySalesOrders();
    final InMemoryInvoices invoices = new InMemoryInvoices();
    final InvoiceService service = new InvoiceService(orders, invoices, new CountingDocumentNumbers(),
            new RecordingEventPublisher(), Clock.fixed(T1, ZoneOffset.UTC));

    @Test
    void an_invoice_shows_the_dispatch_it_is_attached_to_until_it_is_detached() {
        Invoice invoice = drafted();

        done(service.attach("acme", invoice.id(), FIRST));

        assertThat(current(invoice).dispatch()).isEqualTo(FIRST);
        assertThat(done(service.invoices("acme", null, null, FIRST.id(), new PageRequest(1, 20, "createdAt", false))).items())
                .extracting(Invoice::id).containsExactly(invoice.id());
        done(service.detach("acme", invoice.id(), FIRST.id()));
        assertThat(current(invoice).dispatch()).isNull();
    }

    @Test
    void links_of_two_dispatches_arriving_out_of_order_end_on_the_later_one() {
        Invoice invoice = drafted();

        done(service.attach("acme", invoice.id(), SECOND));
        done(service.attach("acme", invoice.id(), FIRST));
        done(service.detach("acme", invoice.id(), FIRST.id()));

        assertThat(current(invoice).dispatch()).isEqualTo(SECOND);
    }

    @Test
    void another_businesss_invoice_is_not_found() {
        Invoice invoice = drafted();

        assertThat(refused(service.attach("globex", invoice.id(), FIRST)).code()).isEqualTo("invoice-not-found");
    }

    private Invoice drafted() {
        SalesOrder order = Orders.confirmed("acme", line("Cable", "1", "10"));
        orders.add(order).await().indefinitely();
        return done(service.create(new CreateInvoiceCommand(new Actor("acme", "eva"), order.id())));
    }

    private Invoice current(Invoice invoice) {
        return done(service.invoice("acme", invoice.id()));
    }
}
