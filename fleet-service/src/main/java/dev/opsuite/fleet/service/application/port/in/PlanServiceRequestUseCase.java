package dev.opsuite.fleet.service.application.port.in;

import dev.opsuite.fleet.service.domain.ServiceRequest;
import dev.opsuite.fleet.service.domain.Workshop;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Plans an open service request: who does the work and when; or calls it off. Every command may carry
 * the version an If-Match named (null skips the check).
 */
public interface PlanServiceRequestUseCase {

    record AssignWorkshopCommand(Actor actor, UUID serviceRequestId, Long expectedVersion, Workshop workshop, UUID providerId) {
    }

    record ScheduleServiceCommand(Actor actor, UUID serviceRequestId, Long expectedVersion, LocalDate scheduledOn) {
    }

    record CancelServiceRequestCommand(Actor actor, UUID serviceRequestId, Long expectedVersion, String reason) {
    }

    Uni<ServiceRequest> assignWorkshop(AssignWorkshopCommand command);

    Uni<ServiceRequest> schedule(ScheduleServiceCommand command);

    /** Work in progress that is cancelled gives the vehicle back (ACTIVE). */
    Uni<ServiceRequest> cancel(CancelServiceRequestCommand command);
}
