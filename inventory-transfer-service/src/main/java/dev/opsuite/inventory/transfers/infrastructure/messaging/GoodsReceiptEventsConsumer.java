package dev.opsuite.inventory.transfers.infrastructure.messaging;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.inventory.transfers.application.port.in.BookGoodsReceiptUseCase;
import dev.opsuite.support.inbox.Inbox;
import dev.opsuite.support.inbox.IncomingEvent;
import dev.opsuite.support.inbox.PoisonEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Books approved goods receipts from the receipt's create and update events (seed 001). The event
 * is trusted for the receipt's id and tenant only: the booking reads the stored receipt and books it
 * once. Each delivery is one of the two types; the inbox passes over the other (and over
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
                        (event, created) -> booking.book(event.tenantId(), named(event, created.goodsReceiptId())))
                .chain(() -> inbox.deliver(CONSUMER, record, EventCatalog.GOODS_RECEIPT_UPDATED,
                        (event, updated) -> booking.book(event.tenantId(), named(event, updated.goodsReceiptId()))));
    }

    private static UUID named(IncomingEvent event, UUID goodsReceiptId) {
        if (goodsReceiptId == null) {
            throw new PoisonEventException(event.type() + " event " + event.id() + " names no goods receipt", null);
        }
        return goodsReceiptId;
    }
}
