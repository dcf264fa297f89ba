package dev.opsuite.inventory.infrastructure.messaging;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.inventory.application.port.in.UpdateReceiptSummaryUseCase;
import dev.opsuite.support.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps receipt summaries current from goods-receipt-approved events, once per event. */
@ApplicationScoped
class GoodsReceiptEventsConsumer {

    static final String CONSUMER = "inventory-transfer-service.receipt-summary";

    private final Inbox inbox;
    private final UpdateReceiptSummaryUseCase receiptSummary;

    GoodsReceiptEventsConsumer(Inbox inbox, UpdateReceiptSummaryUseCase receiptSummary) {
        this.inbox = inbox;
        this.receiptSummary = receiptSummary;
    }

    @Incoming("goods-receipts")
    Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.deliver(CONSUMER, record, EventCatalog.GOODS_RECEIPT_APPROVED,
                (event, approved) -> receiptSummary.apply(event.tenantId(), approved));
    }
}
