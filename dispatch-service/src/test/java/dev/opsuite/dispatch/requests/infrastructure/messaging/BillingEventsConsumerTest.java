package dev.opsuite.dispatch.requests.infrastructure.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.dispatch.invoices.domain.InvoiceStatus;
import dev.opsuite.dispatch.invoices.domain.IssuedInvoice;
import dev.opsuite.events.InvoiceIssued;
import dev.opsuite.events.Money;
import dev.opsuite.support.inbox.IncomingEvent;
import dev.opsuite.support.inbox.PoisonEventException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the consumer makes of an invoice-issued event before the use case records it. */
class BillingEventsConsumerTest {

    static final Instant ISSUED_AT = Instant.parse("2026-11-20T09:15:00Z");
    final IncomingEvent event = new IncomingEvent(UUID.randomUUID(), "invoice-issued", 1, "acme", null, ISSUED_AT, null, "{}");

    @Test
    void every_field_of_the_event_lands_in_the_copy_written_from_it() {
        InvoiceIssued issued = new InvoiceIssued(UUID.randomUUID(), "INV-2026-000042", UUID.randomUUID(), "SO-2026-000017",
                UUID.randomUUID(), "Novák Logistics s.r.o.", new Money(new BigDecimal("12500.00"), "CZK"), ISSUED_AT, null);

        IssuedInvoice copy = BillingEventsConsumer.projected(event, issued);

        assertThat(copy).isEqualTo(new IssuedInvoice("acme", issued.invoiceId(), "INV-2026-000042", issued.salesOrderId(),
                "SO-2026-000017", issued.customerId(), "Novák Logistics s.r.o.",
                new IssuedInvoice.Total(new BigDecimal("12500.00"), "CZK"), ISSUED_AT, event.id(), InvoiceStatus.ISSUED, null));
    }

    @Test
    void an_event_without_a_field_v1_requires_is_poison() {
        InvoiceIssued withoutTotal = new InvoiceIssued(UUID.randomUUID(), "INV-2026-000042", UUID.randomUUID(), null,
                UUID.randomUUID(), null, new Money(null, "CZK"), ISSUED_AT, null);

        assertThatThrownBy(() -> BillingEventsConsumer.projected(event, withoutTotal))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining(event.id().toString());
    }
}
