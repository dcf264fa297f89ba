package dev.opsuite.fleet.readiness.infrastructure.inprocess;

import dev.opsuite.fleet.documents.domain.DocumentChanged;
import dev.opsuite.fleet.drivers.domain.DriverStatusChanged;
import dev.opsuite.fleet.kernel.SubjectRef;
import dev.opsuite.fleet.readiness.application.port.in.ReassessTransportUnitsUseCase;
import dev.opsuite.fleet.readiness.domain.ReadinessCause;
import dev.opsuite.fleet.trailers.domain.TrailerStatusChanged;
import dev.opsuite.fleet.vehicles.domain.VehicleStatusChanged;
import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.outbox.OutboxEventPublisher;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;

/**
 * The fleet's {@link EventPublisher}: what the domain decided goes to the outbox ({@link OutboxEventPublisher}), and
 * a change of a transport unit's member (a driver's, vehicle's or trailer's status, one of their documents) has the
 * units it is in reassessed right after, in the same transaction, so a unit is never ready on a member that is not.
 */
@Alternative
@Priority(1)
@ApplicationScoped
class MembersFollowingPublisher implements EventPublisher {

    private final OutboxEventPublisher outbox;
    private final ReassessTransportUnitsUseCase readiness;

    MembersFollowingPublisher(OutboxEventPublisher outbox, ReassessTransportUnitsUseCase readiness) {
        this.outbox = outbox;
        this.readiness = readiness;
    }

    @Override
    public Uni<Void> publish(List<? extends DomainEvent> events) {
        Uni<Void> chain = outbox.publish(events);
        for (DomainEvent event : events) {
            chain = chain.chain(() -> follow(event));
        }
        return chain;
    }

    private Uni<Void> follow(DomainEvent event) {
        if (event instanceof VehicleStatusChanged e) {
            return readiness.reassessUnitsOf(e.tenantId(), SubjectRef.vehicle(e.vehicleId()),
                    ReadinessCause.VEHICLE_STATUS_CHANGED);
        }
        if (event instanceof TrailerStatusChanged e) {
            return readiness.reassessUnitsOf(e.tenantId(), SubjectRef.trailer(e.trailerId()),
                    ReadinessCause.TRAILER_STATUS_CHANGED);
        }
        if (event instanceof DriverStatusChanged e) {
            return readiness.reassessUnitsOf(e.tenantId(), SubjectRef.driver(e.driverId()), ReadinessCause.DRIVER_CHANGED);
        }
        if (event instanceof DocumentChanged e) {
            return readiness.reassessUnitsOf(e.tenantId(), e.holder(), ReadinessCause.DOCUMENT_CHANGED);
        }
        return Uni.createFrom().voidItem();
    }
}
