package dev.opsuite.billing.invoices.infrastructure.messaging;

import dev.opsuite.billing.invoices.application.port.in.LinkInvoiceToDispatchUseCase;
import dev.opsuite.billing.invoices.domain.DispatchLink;
import dev.opsuite.events.EventCatalog;
import dev.opsuite.support.inbox.Inbox;
import dev.opsuite.support.inbox.IncomingEvent;
import dev.opsuite.support.inbox.PoisonEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * An invoice shows its dispatch: dispatch-invoice-attached and -detached from dispatch.dispatch (a cancelled or
 * deleted dispatch announces a detachment per invoice). The other events of the topic are passed over.
 */
@ApplicationScoped
class DispatchEventsConsumer {

    static final String CONSUMER = "billing-service.invoice-dispatch";

    private final Inbox inbox;
    private final LinkInvoiceToDispatchUseCase links;

    DispatchEventsConsumer(Inbox inbox, LinkInvoiceToDispatchUseCase links) {
        this.inbox = inbox;
        this.links = links;
    }

    @Incoming("dispatches")
    Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.deliver(CONSUMER, record, EventCatalog.DISPATCH_INVOICE_ATTACHED, (event, attached) -> links.attach(
                        event.tenantId(), required(event, attached.invoiceId()),
                        new DispatchLink(required(event, attached.dispatchId()), required(event, attached.dispatchNumber()),
                                required(event, attached.attachedAt()))))
                .chain(() -> inbox.deliver(CONSUMER, record, EventCatalog.DISPATCH_INVOICE_DETACHED,
                        (event, detached) -> links.detach(event.tenantId(), required(event, detached.invoiceId()),
                                required(event, detached.dispatchId()))));
    }

    static <T> T required(IncomingEvent event, T value) {
        if (value == null) {
            throw new PoisonEventException(event.type() + " event " + event.id() + " misses a field v1 requires", null);
        }
        return value;
    }
}
