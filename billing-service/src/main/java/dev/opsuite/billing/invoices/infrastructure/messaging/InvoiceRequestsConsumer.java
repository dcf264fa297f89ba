package dev.opsuite.billing.invoices.infrastructure.messaging;

import static dev.opsuite.billing.invoices.infrastructure.messaging.DispatchEventsConsumer.required;

import dev.opsuite.billing.invoices.application.port.in.AnswerInvoiceRequestUseCase;
import dev.opsuite.billing.invoices.application.port.in.AnswerInvoiceRequestUseCase.InvoiceRequest;
import dev.opsuite.billing.orders.domain.LineQuantity;
import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.InvoiceRequested;
import dev.opsuite.support.inbox.Inbox;
import dev.opsuite.support.inbox.IncomingEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Dispatch's "create new" invoices: each invoice-requested is answered once, by an issued invoice or a refusal. */
@ApplicationScoped
class InvoiceRequestsConsumer {

    static final String CONSUMER = "billing-service.invoice-requests";

    private final Inbox inbox;
    private final AnswerInvoiceRequestUseCase answers;

    InvoiceRequestsConsumer(Inbox inbox, AnswerInvoiceRequestUseCase answers) {
        this.inbox = inbox;
        this.answers = answers;
    }

    @Incoming("invoice-requests")
    Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.deliver(CONSUMER, record, EventCatalog.INVOICE_REQUESTED,
                (event, requested) -> answers.answer(request(event, requested)));
    }

    private static InvoiceRequest request(IncomingEvent event, InvoiceRequested requested) {
        return new InvoiceRequest(event.tenantId(), required(event, requested.requestId()),
                required(event, requested.dispatchId()), required(event, requested.salesOrderId()),
                required(event, requested.lines()).stream().map(line -> new LineQuantity(
                        required(event, line.salesOrderLineId()), required(event, line.quantity()))).toList(),
                required(event, requested.requestedBy()));
    }
}
