package dev.opsuite.fleet.service.application.port.in;

import dev.opsuite.fleet.kernel.CostInput;

import dev.opsuite.fleet.service.domain.ServiceRequest;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * The mechanic's side: work starts (the vehicle goes IN_SERVICE) and is completed (the vehicle is
 * ACTIVE again; a cost is logged as a vehicle expense in the same transaction).
 */
public interface PerformServiceUseCase {

    record StartServiceCommand(Actor actor, UUID serviceRequestId, Long expectedVersion) {
    }

    /** {@code cost}, {@code invoiceReference} and {@code odometerKm} are optional. */
    record CompleteServiceCommand(Actor actor, UUID serviceRequestId, Long expectedVersion, String workDone, CostInput cost,
            String invoiceReference, Long odometerKm) {
    }

    Uni<ServiceRequest> start(StartServiceCommand command);

    Uni<ServiceRequest> complete(CompleteServiceCommand command);
}
