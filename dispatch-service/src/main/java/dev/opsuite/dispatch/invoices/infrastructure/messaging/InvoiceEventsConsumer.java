package dev.opsuite.dispatch.invoices.infrastructure.messaging;

import dev.opsuite.dispatch.invoices.application.port.in.RecordInvoiceLifecycleUseCase;
import dev.opsuite.dispatch.invoices.application.port.in.RecordIssuedInvoiceUseCase;
import dev.opsuite.dispatch.invoices.domain.InvoiceStatus;
import dev.opsuite.dispatch.invoices.domain.IssuedInvoice;
import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.InvoiceIssued;
import dev.opsuite.support.inbox.Inbox;
import dev.opsuite.support.inbox.IncomingEvent;
import dev.opsuite.support.inbox.PoisonEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the invoice projection current from invoice-issued, -processed and -voided events, once per event. */
@ApplicationScoped
class InvoiceEventsConsumer {

    static final String CONSUMER = "dispatch-service.invoice-projection";

    private final Inbox inbox;
    private final RecordIssuedInvoiceUseCase recordInvoice;

    private final RecordInvoiceLifecycleUseCase lifecycle;

    InvoiceEventsConsumer(Inbox inbox, RecordIssuedInvoiceUseCase recordInvoice, RecordInvoiceLifecycleUseCase lifecycle) {
        this.inbox = inbox;
        this.recordInvoice = recordInvoice;
        this.lifecycle = lifecycle;
    }

    @Incoming("invoices")
    Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.deliver(CONSUMER, record, EventCatalog.INVOICE_ISSUED,
                        (event, issued) -> recordInvoice.record(projected(event, issued)))
                .chain(() -> inbox.deliver(CONSUMER, record, EventCatalog.INVOICE_PROCESSED,
                        (event, processed) -> lifecycle.processed(event.tenantId(), named(event, processed.invoiceId()),
                                event.id())))
                .chain(() -> inbox.deliver(CONSUMER, record, EventCatalog.INVOICE_VOIDED,
                        (event, voided) -> lifecycle.voided(event.tenantId(), named(event, voided.invoiceId()), event.id())));
    }

    private static UUID named(IncomingEvent event, UUID invoiceId) {
        if (invoiceId == null) {
            throw new PoisonEventException(event.type() + " event " + event.id() + " names no invoice", null);
        }
        return invoiceId;
    }

    /** The projection's copy of what the event announces, written from this event. */
    static IssuedInvoice projected(IncomingEvent event, InvoiceIssued issued) {
        if (issued.invoiceId() == null || issued.invoiceNumber() == null || issued.salesOrderId() == null
                || issued.customerId() == null || issued.total() == null || issued.total().amount() == null
                || issued.total().currency() == null || issued.issuedAt() == null) {
            // No retry can fix a payload that breaks the contract: straight to the dead-letter topic.
            throw new PoisonEventException("invoice-issued event " + event.id() + " lacks a field v1 requires", null);
        }
        return new IssuedInvoice(event.tenantId(), issued.invoiceId(), issued.invoiceNumber(), issued.salesOrderId(),
                issued.salesOrderNumber(), issued.customerId(), issued.customerName(),
                new IssuedInvoice.Total(issued.total().amount(), issued.total().currency()), issued.issuedAt(), event.id(),
                InvoiceStatus.ISSUED, issued.requestId());
    }
}
