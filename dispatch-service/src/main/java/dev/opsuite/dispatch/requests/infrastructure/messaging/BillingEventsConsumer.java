package dev.opsuite.dispatch.requests.infrastructure.messaging;

import dev.opsuite.dispatch.invoices.application.port.in.RecordInvoiceLifecycleUseCase;
import dev.opsuite.dispatch.invoices.domain.InvoiceStatus;
import dev.opsuite.dispatch.invoices.domain.IssuedInvoice;
import dev.opsuite.events.EventCatalog;
import dev.opsuite.dispatch.requests.application.port.in.AnswerInvoiceRequestUseCase;
import dev.opsuite.events.InvoiceIssued;
import dev.opsuite.events.InvoiceRequestRejected;
import dev.opsuite.support.inbox.Inbox;
import dev.opsuite.support.inbox.IncomingEvent;
import dev.opsuite.support.inbox.PoisonEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Billing's events, once each: invoice-issued, -processed and -voided keep the invoice projection current (an issued
 * invoice answering a request of a dispatch goes onto it), invoice-request-rejected answers a request. It lives here,
 * where it can reach both the projection's and the dispatches' use cases without a cycle between them.
 */
@ApplicationScoped
class BillingEventsConsumer {

    static final String CONSUMER = "dispatch-service.invoice-projection";
    static final String ANSWERS = "dispatch-service.invoice-request-answers";

    private final Inbox inbox;
    private final AnswerInvoiceRequestUseCase answers;
    private final RecordInvoiceLifecycleUseCase lifecycle;

    BillingEventsConsumer(Inbox inbox, AnswerInvoiceRequestUseCase answers, RecordInvoiceLifecycleUseCase lifecycle) {
        this.inbox = inbox;
        this.answers = answers;
        this.lifecycle = lifecycle;
    }

    @Incoming("invoice-request-answers")
    Uni<Void> answers(ConsumerRecord<String, String> record) {
        return inbox.deliver(ANSWERS, record, EventCatalog.INVOICE_REQUEST_REJECTED,
                (event, rejected) -> answers.rejected(event.tenantId(), request(event, rejected), rejected.reason(),
                        rejected.detail(), rejected.rejectedAt() == null ? event.time() : rejected.rejectedAt()));
    }

    @Incoming("invoices")
    Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.deliver(CONSUMER, record, EventCatalog.INVOICE_ISSUED,
                        (event, issued) -> answers.invoiceIssued(projected(event, issued)))
                .chain(() -> inbox.deliver(CONSUMER, record, EventCatalog.INVOICE_PROCESSED,
                        (event, processed) -> lifecycle.processed(event.tenantId(), named(event, processed.invoiceId()),
                                event.id())))
                .chain(() -> inbox.deliver(CONSUMER, record, EventCatalog.INVOICE_VOIDED,
                        (event, voided) -> lifecycle.voided(event.tenantId(), named(event, voided.invoiceId()), event.id())));
    }

    private static UUID request(IncomingEvent event, InvoiceRequestRejected rejected) {
        if (rejected.requestId() == null || rejected.reason() == null) {
            throw new PoisonEventException("invoice-request-rejected event " + event.id() + " lacks a field v1 requires", null);
        }
        return rejected.requestId();
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
