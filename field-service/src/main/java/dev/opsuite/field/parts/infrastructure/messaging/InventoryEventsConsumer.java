package dev.opsuite.field.parts.infrastructure.messaging;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.StockLevelChanged;
import dev.opsuite.field.parts.application.port.in.TrackInventoryUseCase;
import dev.opsuite.field.parts.domain.TruckStock;
import dev.opsuite.support.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What inventory tells field: its answers to part reservations (inventory.part-reservation) and the stock of every
 * location (inventory.stock-level), of which field keeps the trucks'.
 */
@ApplicationScoped
class InventoryEventsConsumer {

    static final String ANSWERS = "field-service.part-reservations";
    static final String STOCK = "field-service.truck-stock";

    private final Inbox inbox;
    private final TrackInventoryUseCase inventory;

    InventoryEventsConsumer(Inbox inbox, TrackInventoryUseCase inventory) {
        this.inbox = inbox;
        this.inventory = inventory;
    }

    @Incoming("part-reservation-answers")
    Uni<Void> answers(ConsumerRecord<String, String> record) {
        return inbox.deliver(ANSWERS, record, EventCatalog.PART_RESERVATION_CONFIRMED, (event, held) -> {
                    event.requireFields(held.reservationId(), held.stockReservationId(), held.confirmedAt());
                    return inventory.confirmed(event.tenantId(), held.reservationId(), held.stockReservationId(),
                            held.confirmedAt());
                })
                .chain(() -> inbox.deliver(ANSWERS, record, EventCatalog.PART_RESERVATION_REJECTED, (event, no) -> {
                    event.requireFields(no.reservationId(), no.reason(), no.detail(), no.rejectedAt());
                    return inventory.rejected(event.tenantId(), no.reservationId(), no.reason(), no.available(),
                            no.detail(), no.rejectedAt());
                }));
    }

    @Incoming("stock-levels")
    Uni<Void> stock(ConsumerRecord<String, String> record) {
        return inbox.deliver(STOCK, record, EventCatalog.STOCK_LEVEL_CHANGED, (event, level) -> {
            event.requireFields(level.locationId(), level.locationType(), level.productId(), level.onHand(), level.reserved(),
                    level.available(), level.unitCost(), level.currency(), level.occurredAt());
            if (!"TRUCK".equals(level.locationType())) {
                return Uni.createFrom().voidItem(); // warehouses and stores are inventory's business
            }
            return inventory.truckStockChanged(new TruckStock(event.tenantId(), level.locationId(), level.vehicleId(),
                    level.productId(), level.onHand(), level.reserved(), level.available(), level.unitCost(),
                    level.currency(), level.occurredAt()), received(level));
        });
    }

    /** Goods received at the truck: a transfer note's goods receipt moved stock in. */
    private static boolean received(StockLevelChanged level) {
        return level.movements() != null && level.movements().stream().anyMatch(m -> "TRANSFER_IN".equals(m.kind()));
    }
}
