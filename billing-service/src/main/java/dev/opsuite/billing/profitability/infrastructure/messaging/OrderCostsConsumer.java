package dev.opsuite.billing.profitability.infrastructure.messaging;

import dev.opsuite.billing.profitability.application.port.in.RecordOrderCostUseCase;
import dev.opsuite.billing.profitability.domain.CostKind;
import dev.opsuite.billing.profitability.domain.OrderCost;
import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.OrderCostRecorded;
import dev.opsuite.support.inbox.Inbox;
import dev.opsuite.support.inbox.IncomingEvent;
import dev.opsuite.support.inbox.PoisonEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The costs the fleet books to orders (fines, accident shares), for the orders' profitability. */
@ApplicationScoped
class OrderCostsConsumer {

    static final String CONSUMER = "billing-service.order-costs";

    private final Inbox inbox;
    private final RecordOrderCostUseCase costs;

    OrderCostsConsumer(Inbox inbox, RecordOrderCostUseCase costs) {
        this.inbox = inbox;
        this.costs = costs;
    }

    @Incoming("order-costs")
    Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.deliver(CONSUMER, record, EventCatalog.ORDER_COST_RECORDED,
                (event, recorded) -> costs.record(cost(event, recorded)));
    }

    private static OrderCost cost(IncomingEvent event, OrderCostRecorded r) {
        if (Stream.of(r.costId(), r.orderReference(), r.kind(), r.amount(), r.currency(), r.description(), r.sourceType(),
                r.sourceId(), r.recordedAt()).anyMatch(java.util.Objects::isNull)) {
            throw new PoisonEventException("order-cost-recorded event " + event.id() + " misses a field v1 requires", null);
        }
        CostKind kind;
        try {
            kind = CostKind.valueOf(r.kind());
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("order-cost-recorded event " + event.id() + " has an unknown kind " + r.kind(), e);
        }
        return new OrderCost(r.costId(), event.tenantId(), r.orderReference(), kind, r.amount(), r.currency(),
                r.description(), new OrderCost.Source(r.sourceType(), r.sourceId(), r.vehicleId(), r.driverId(),
                        r.recordedBy()), r.recordedAt());
    }
}
