package dev.opsuite.fleet.trips.infrastructure.messaging;

import dev.opsuite.events.DispatchAssignment;
import dev.opsuite.events.EventCatalog;
import dev.opsuite.fleet.trips.application.port.in.RecordDispatchDrivingUseCase;
import dev.opsuite.fleet.trips.application.port.in.RecordDispatchDrivingUseCase.RecordDispatchCommand;
import dev.opsuite.fleet.trips.application.port.in.RecordDispatchDrivingUseCase.WithdrawDispatchCommand;
import dev.opsuite.fleet.trips.domain.DispatchRun;
import dev.opsuite.fleet.trips.domain.DispatchRun.Stage;
import dev.opsuite.support.inbox.Inbox;
import dev.opsuite.support.inbox.IncomingEvent;
import dev.opsuite.support.inbox.PoisonEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The driving record's DISPATCH periods from dispatch-service's lifecycle events (docs/trips-and-fines.md):
 * scheduled, updated while scheduled, dispatched and completed write the dispatch's period; cancelled,
 * deleted and an update back to draft or pending remove it. dispatch-created is passed over (a new dispatch is
 * DRAFT or PENDING: not scheduled, so it books no one), as are closed and the invoice links, which change no
 * period. Events of one dispatch share its key, so they arrive in order.
 */
@ApplicationScoped
class DispatchEventsConsumer {

    static final String CONSUMER = "fleet-service.driving-record";

    private final Inbox inbox;
    private final RecordDispatchDrivingUseCase driving;

    DispatchEventsConsumer(Inbox inbox, RecordDispatchDrivingUseCase driving) {
        this.inbox = inbox;
        this.driving = driving;
    }

    @Incoming("dispatches")
    Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.deliver(CONSUMER, record, EventCatalog.DISPATCH_SCHEDULED, (event, scheduled) -> record(
                        run(event, scheduled.dispatchId(), scheduled.dispatchNumber(), scheduled.assignment(), Stage.SCHEDULED,
                                null, null)))
                .chain(() -> inbox.deliver(CONSUMER, record, EventCatalog.DISPATCH_UPDATED, (event, updated) ->
                        "SCHEDULED".equals(required(event, updated.status()))
                                ? record(run(event, updated.dispatchId(), updated.dispatchNumber(), updated.assignment(),
                                        Stage.SCHEDULED, null, null))
                                : withdraw(event, updated.dispatchId())))
                .chain(() -> inbox.deliver(CONSUMER, record, EventCatalog.DISPATCH_DISPATCHED, (event, dispatched) -> record(
                        run(event, dispatched.dispatchId(), dispatched.dispatchNumber(), dispatched.assignment(),
                                Stage.DISPATCHED, required(event, dispatched.departedAt()), null))))
                .chain(() -> inbox.deliver(CONSUMER, record, EventCatalog.DISPATCH_COMPLETED, (event, completed) -> record(
                        run(event, completed.dispatchId(), completed.dispatchNumber(), completed.assignment(),
                                Stage.COMPLETED, required(event, completed.departedAt()),
                                required(event, completed.deliveredAt())))))
                .chain(() -> inbox.deliver(CONSUMER, record, EventCatalog.DISPATCH_CANCELLED,
                        (event, cancelled) -> withdraw(event, cancelled.dispatchId())))
                .chain(() -> inbox.deliver(CONSUMER, record, EventCatalog.DISPATCH_DELETED,
                        (event, deleted) -> withdraw(event, deleted.dispatchId())));
    }

    private Uni<Void> record(DispatchRun run) {
        return driving.record(new RecordDispatchCommand(run));
    }

    private Uni<Void> withdraw(IncomingEvent event, UUID dispatchId) {
        return driving.withdraw(new WithdrawDispatchCommand(event.tenantId(), required(event, dispatchId)));
    }

    /** What the record needs of the event; a field v1 requires that is missing makes it poison. */
    private static DispatchRun run(IncomingEvent event, UUID dispatchId, String number, DispatchAssignment a, Stage stage,
            Instant departedAt, Instant deliveredAt) {
        required(event, a);
        return new DispatchRun(event.tenantId(), required(event, dispatchId), required(event, number), stage,
                required(event, a.vehicleId()), required(event, a.driverId()), a.trailerId(), a.orderReference(),
                required(event, a.windowFrom()), required(event, a.windowTo()), departedAt, deliveredAt);
    }

    private static <T> T required(IncomingEvent event, T value) {
        if (value == null) {
            // No retry can fix a payload that breaks the contract: straight to the dead-letter topic.
            throw new PoisonEventException(event.type() + " event " + event.id() + " lacks a field v1 requires", null);
        }
        return value;
    }
}
