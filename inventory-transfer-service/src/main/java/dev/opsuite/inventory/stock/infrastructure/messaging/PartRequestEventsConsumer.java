package dev.opsuite.inventory.stock.infrastructure.messaging;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.inventory.stock.application.port.in.FillPartRequestsUseCase;
import dev.opsuite.inventory.stock.application.port.in.FillPartRequestsUseCase.PartRequest;
import dev.opsuite.inventory.stock.application.port.in.FillPartRequestsUseCase.PartRequestCancellation;
import dev.opsuite.inventory.stock.application.port.in.FillPartRequestsUseCase.PartsUse;
import dev.opsuite.support.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * field-service's part requests (seed 002): a part reservation requested for a job is held (or refused) and answered
 * by event; parts used consume their reservation or leave the truck; a reservation given back is released. The tenant
 * is the event's.
 */
@ApplicationScoped
class PartRequestEventsConsumer {

    static final String CONSUMER = "inventory-transfer-service.part-requests";

    private final Inbox inbox;
    private final FillPartRequestsUseCase parts;

    PartRequestEventsConsumer(Inbox inbox, FillPartRequestsUseCase parts) {
        this.inbox = inbox;
        this.parts = parts;
    }

    @Incoming("part-requests")
    Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.deliver(CONSUMER, record, EventCatalog.PART_RESERVATION_REQUESTED, (event, requested) -> {
                    event.requireFields(requested.reservationId(), requested.jobId(), requested.productId(),
                            requested.quantity(), requested.locationId(), requested.requestedBy());
                    return parts.reserve(new PartRequest(event.tenantId(), requested.reservationId(), requested.jobId(),
                            requested.productId(), requested.quantity(), requested.locationId(), requested.requestedBy()));
                })
                .chain(() -> inbox.deliver(CONSUMER, record, EventCatalog.PARTS_USED, (event, used) -> {
                    event.requireFields(used.usageId(), used.jobId(), used.productId(), used.quantity(), used.locationId(),
                            used.usedBy());
                    return parts.use(new PartsUse(event.tenantId(), used.usageId(), used.jobId(), used.reservationId(),
                            used.productId(), used.quantity(), used.locationId(), used.usedBy()));
                }))
                .chain(() -> inbox.deliver(CONSUMER, record, EventCatalog.PART_RESERVATION_CANCELLED, (event, cancelled) -> {
                    event.requireFields(cancelled.reservationId(), cancelled.jobId(), cancelled.productId(),
                            cancelled.quantity(), cancelled.locationId(), cancelled.reason(), cancelled.cancelledBy(),
                            cancelled.cancelledAt());
                    return parts.cancel(new PartRequestCancellation(event.tenantId(), cancelled.reservationId(),
                            cancelled.cancelledBy()));
                }));
    }
}
