package dev.opsuite.inventory.infrastructure.messaging;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.inventory.application.port.in.BookGoodsReceiptUseCase;
import dev.opsuite.support.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Books approved goods receipts from the receipt's create and update events (seed 001), once per
 * event. Each delivery is one of the two types; the inbox passes over the other (and over
 * goods-receipt-approved, which is for other contexts).
 */
@ApplicationScoped
class GoodsReceiptEventsConsumer {

    static final String CONSUMER = "inventory-transfer-service.receipt-summary";

    private final Inbox inbox;
    private final BookGoodsReceiptUseCase booking;

    GoodsReceiptEventsConsumer(Inbox inbox, BookGoodsReceiptUseCase booking) {
        this.inbox = inbox;
        this.booking = booking;
    }

    @Incoming("goods-receipts")
    Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.deliver(CONSUMER, record, EventCatalog.GOODS_RECEIPT_CREATED,
                        (event, created) -> booking.created(event.tenantId(), created))
                .chain(() -> inbox.deliver(CONSUMER, record, EventCatalog.GOODS_RECEIPT_UPDATED,
                        (event, updated) -> booking.updated(event.tenantId(), updated)));
    }
}
