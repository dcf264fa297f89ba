package dev.opsuite.dispatch.invoices.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.dispatch.invoices.application.port.in.FindInvoicesQuery;
import dev.opsuite.dispatch.invoices.application.port.in.RecordIssuedInvoiceUseCase;
import dev.opsuite.dispatch.invoices.domain.InvoiceStatus;
import dev.opsuite.dispatch.invoices.domain.IssuedInvoice;
import dev.opsuite.dispatch.testing.InMemoryInvoiceProjection;
import dev.opsuite.support.application.RejectedException;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.PageRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Seed 000: billing's team references the invoices tied to a dispatch, so dispatch keeps a copy of every invoice
 * billing issues, one per invoice, to attach to its dispatches.
 */
class RecordIssuedInvoiceTest {

    static final UUID INVOICE = UUID.randomUUID();
    static final UUID CUSTOMER = UUID.randomUUID();

    final InMemoryInvoiceProjection projection = new InMemoryInvoiceProjection();
    final InvoiceProjectionService service = new InvoiceProjectionService(projection);
    final RecordIssuedInvoiceUseCase record = service;
    final FindInvoicesQuery find = service;

    @Test
    void an_issued_invoice_becomes_dispatchs_copy_to_attach_to_a_dispatch() {
        record.record(issued("acme", INVOICE, "Novák Logistics s.r.o.", "12500.00", UUID.randomUUID())).await().indefinitely();

        IssuedInvoice copy = find.invoice("acme", INVOICE).await().indefinitely();
        assertThat(copy.invoiceNumber()).isEqualTo("INV-2026-000042");
        assertThat(copy.salesOrderNumber()).isEqualTo("SO-2026-000017");
        assertThat(copy.customerName()).isEqualTo("Novák Logistics s.r.o.");
        assertThat(copy.total()).isEqualTo(new IssuedInvoice.Total(new BigDecimal("12500.00"), "CZK"));
        assertThat(find.invoices("acme", CUSTOMER, new PageRequest(1, 20, "issuedAt", false)).await().indefinitely().items())
                .singleElement().extracting(IssuedInvoice::invoiceId).isEqualTo(INVOICE);
    }

    @Test
    void an_invoice_announced_again_under_a_new_event_stays_one_copy_with_the_latest_facts() {
        record.record(issued("acme", INVOICE, "Novák Logistics", "12500.00", UUID.randomUUID())).await().indefinitely();
        UUID again = UUID.randomUUID();

        record.record(issued("acme", INVOICE, "Novák Logistics s.r.o.", "12500.00", again)).await().indefinitely();

        assertThat(projection.all()).singleElement().satisfies(copy -> {
            assertThat(copy.customerName()).isEqualTo("Novák Logistics s.r.o.");
            assertThat(copy.lastEventId()).isEqualTo(again);
        });
    }

    @Test
    void the_same_invoice_number_in_another_business_is_another_invoice() {
        record.record(issued("acme", INVOICE, "Novák Logistics s.r.o.", "12500.00", UUID.randomUUID())).await().indefinitely();
        UUID globexInvoice = UUID.randomUUID();
        record.record(issued("globex", globexInvoice, "Globex", "99.00", UUID.randomUUID())).await().indefinitely();

        assertThat(projection.all()).hasSize(2);
        assertThatThrownBy(() -> find.invoice("acme", globexInvoice).await().indefinitely())
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.rejection().kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
                    assertThat(e.rejection().code()).isEqualTo("invoice-not-found");
                });
    }

    private static IssuedInvoice issued(String tenant, UUID invoiceId, String customerName, String total, UUID eventId) {
        return new IssuedInvoice(tenant, invoiceId, "INV-2026-000042", UUID.randomUUID(), "SO-2026-000017", CUSTOMER,
                customerName, new IssuedInvoice.Total(new BigDecimal(total), "CZK"), Instant.parse("2026-11-20T09:15:00Z"),
                eventId, InvoiceStatus.ISSUED, null);
    }
}
