package dev.opsuite.field.intake.application.port.in;

import dev.opsuite.field.intake.domain.PreferredWindow;
import dev.opsuite.field.intake.domain.ServiceCall;
import dev.opsuite.field.intake.domain.Urgency;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * Records a customer call as an OPEN service call numbered SC-year-sequence, at one of the customer's locations (or
 * its service address), with the customer's preferred window; naming an earlier call flags a callback.
 */
public interface OpenServiceCallUseCase {

    record OpenServiceCallCommand(Actor actor, UUID customerId, UUID locationId, String problem, Urgency urgency,
            PreferredWindow preferredWindow, UUID callbackOf) {
    }

    Uni<ServiceCall> open(OpenServiceCallCommand command);
}
