package dev.opsuite.billing.invoices.application.service;

import static dev.opsuite.billing.testing.Orders.line;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.billing.invoices.application.port.in.CreateInvoiceUseCase.CreateInvoiceCommand;
import dev.opsuite.billing.invoices.application.port.in.PrintInvoiceQuery;
import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.billing.testing.InMemoryInvoices;
import dev.opsuite.billing.testing.InMemorySalesOrders;
import dev.opsuite.billing.testing.Orders;
import dev.opsuite.support.tenancy.Actor;
import dev.opsuite.testing.fakes.CountingDocumentNumbers;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An invoice is printed as it is stored, stamped with the time of printing; another business's is not found. */
class PrintInvoiceTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    final InMemorySalesOrders orders = new InMemorySalesOrders();
    final InMemoryInvoices invoices = new InMemoryInvoices();
    final List<String> printed = new ArrayList<>();
    final InvoiceService service = new InvoiceService(orders, invoices, new CountingDocumentNumbers(),
            new RecordingEventPublisher(), Clock.fixed(NOW, ZoneOffset.UTC));
    final PrintInvoiceQuery print = new InvoicePrintService(service, (invoice, at) -> {
        printed.add(invoice.invoiceNumber() + " at " + at);
        return new byte[] { '%', 'P', 'D', 'F' };
    }, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void the_stored_invoice_is_rendered_with_the_time_it_is_printed() {
        SalesOrder order = Orders.confirmed("acme", line("Cable", "1", "10"));
        orders.add(order).await().indefinitely();
        Invoice invoice = done(service.create(new CreateInvoiceCommand(new Actor("acme", "eva"), order.id())));

        assertThat(done(print.pdf("acme", invoice.id()))).startsWith('%', 'P');
        assertThat(printed).containsExactly("INV-2026-000001 at " + NOW);
        assertThat(refused(print.pdf("globex", invoice.id())).code()).isEqualTo("invoice-not-found");
        assertThat(refused(print.pdf("acme", UUID.randomUUID())).code()).isEqualTo("invoice-not-found");
    }
}
