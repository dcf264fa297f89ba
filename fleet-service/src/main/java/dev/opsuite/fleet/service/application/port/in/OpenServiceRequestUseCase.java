package dev.opsuite.fleet.service.application.port.in;

import dev.opsuite.fleet.service.domain.ServiceRequest;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;

/**
 * Opens a service request for a vehicle of the tenant (seed 004: HR/admin plans a service, a dispatcher
 * reports an emergency). The vehicle, a chosen provider and a service rule must exist in the tenant.
 */
public interface OpenServiceRequestUseCase {

    record OpenServiceRequestCommand(Actor actor, ServiceRequest.Opening opening) {
    }

    Uni<ServiceRequest> open(OpenServiceRequestCommand command);
}
