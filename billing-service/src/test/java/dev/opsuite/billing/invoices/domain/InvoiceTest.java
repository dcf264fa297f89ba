package dev.opsuite.billing.invoices.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Seed 000: an invoice belongs to a valid sales order, totals its lines, and is issued once. */
class InvoiceTest {

    static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
    static final UUID CUSTOMER = UUID.randomUUID();

    @Test
    void an_invoice_totals_its_lines_and_starts_as_a_draft() {
        InvoicedOrder order = order();

        Invoice invoice = accepted(Invoice.draftFor(envelope("acme"), "INV-2026-000001", order,
                List.of(line("3", "33.333"), line("2", "0.005")), null));

        assertThat(invoice.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(invoice.total()).as("100.00 + 0.01").isEqualByComparingTo("100.01");
        assertThat(invoice.order().currency()).isEqualTo("EUR");
        assertThat(invoice.order().orderNumber()).isEqualTo("SO-2026-000001");
        assertThat(invoice.issuedAt()).isNull();
    }

    @Test
    void an_invoice_cannot_belong_to_another_tenants_order() {
        var result = Invoice.draftFor(envelope("globex"), "INV-2026-000001", order(), List.of(line("1", "1")), null);

        assertThat(result).isInstanceOfSatisfying(Result.Rejected.class,
                r -> assertThat(r.field()).isEqualTo("salesOrderId"));
    }

    @Test
    void an_invoice_is_issued_once_and_says_so() {
        Invoice draft = accepted(Invoice.draftFor(envelope("acme"), "INV-2026-000001", order(), List.of(line("1", "5.00")), null));

        Result<Invoice> result = draft.issue("clerk", NOW);

        Invoice issued = accepted(result);
        assertThat(issued.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(issued.issuedAt()).isEqualTo(NOW);
        assertThat(issued.issuedBy()).isEqualTo("clerk");
        assertThat(result.events()).containsExactly(
                new InvoiceIssued("acme", draft.id(), "INV-2026-000001", draft.order(), new BigDecimal("5.00"), NOW, null));
        assertThat(draft.status()).as("the draft it was issued from is a value").isEqualTo(InvoiceStatus.DRAFT);

        assertThat(issued.issue("clerk", NOW.plusSeconds(60))).isInstanceOfSatisfying(Result.Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(Result.Reason.WRONG_STATE);
            assertThat(r.code()).isEqualTo("invoice-not-draft");
        });
    }

    @Test
    void an_issued_invoice_is_paid_or_posted_once_and_any_but_a_void_one_is_voided() {
        Invoice draft = accepted(Invoice.draftFor(envelope("acme"), "INV-2026-000001", order(), List.of(line("1", "5.00")), null));
        assertThat(draft.process(Processing.PAID, "finance", NOW)).isInstanceOfSatisfying(Result.Rejected.class,
                r -> assertThat(r.code()).isEqualTo("invoice-not-issued"));

        Invoice paid = accepted(accepted(draft.issue("clerk", NOW)).process(Processing.PAID, "finance", NOW));
        assertThat(paid.status()).isEqualTo(InvoiceStatus.PROCESSED);
        assertThat(paid.progress().processing()).isEqualTo(Processing.PAID);
        assertThat(paid.process(Processing.POSTED, "finance", NOW)).isInstanceOf(Result.Rejected.class);

        for (Invoice voidable : List.of(draft, paid)) {
            Result<Invoice> voided = voidable.voidIt(" Wrong customer ", "finance", NOW);
            assertThat(accepted(voided).status()).isEqualTo(InvoiceStatus.VOID);
            assertThat(voided.events()).containsExactly(new InvoiceVoided("acme", draft.id(), "INV-2026-000001",
                    draft.order().id(), "Wrong customer", "finance", NOW));
            assertThat(accepted(voided).voidIt("again", "finance", NOW)).isInstanceOfSatisfying(Result.Rejected.class,
                    r -> assertThat(r.code()).isEqualTo("invoice-void"));
        }
        assertThat(draft.voidIt(" ", "finance", NOW)).isInstanceOfSatisfying(Result.Rejected.class,
                r -> assertThat(r.field()).isEqualTo("reason"));
    }

    private static Envelope envelope(String tenant) {
        return Envelope.created(UUID.randomUUID(), tenant, "clerk", NOW);
    }

    private static InvoicedOrder order() {
        return new InvoicedOrder(UUID.randomUUID(), "acme", "SO-2026-000001", CUSTOMER, "Novák Logistics", "EUR");
    }

    private static InvoiceLine line(String quantity, String unitPrice) {
        return new InvoiceLine(UUID.randomUUID(), "Pallet", new BigDecimal(quantity), new BigDecimal(unitPrice));
    }

    private static <T> T accepted(Result<T> result) {
        assertThat(result).isInstanceOf(Result.Accepted.class);
        return ((Result.Accepted<T>) result).value();
    }
}
