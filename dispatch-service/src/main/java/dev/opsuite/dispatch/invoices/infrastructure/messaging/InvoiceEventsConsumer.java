package dev.opsuite.dispatch.invoices.infrastructure.messaging;

import dev.opsuite.dispatch.invoices.application.port.in.RecordIssuedInvoiceUseCase;
import dev.opsuite.events.EventCatalog;
import dev.opsuite.support.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the invoice projection current from invoice-issued events, once per event. */
@ApplicationScoped
class InvoiceEventsConsumer {

    static final String CONSUMER = "dispatch-service.invoice-projection";

    private final Inbox inbox;
    private final RecordIssuedInvoiceUseCase recordInvoice;

    InvoiceEventsConsumer(Inbox inbox, RecordIssuedInvoiceUseCase recordInvoice) {
        this.inbox = inbox;
        this.recordInvoice = recordInvoice;
    }

    @Incoming("invoices")
    Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.deliver(CONSUMER, record, EventCatalog.INVOICE_ISSUED,
                (event, issued) -> recordInvoice.record(event.tenantId(), event.id(), issued));
    }
}
