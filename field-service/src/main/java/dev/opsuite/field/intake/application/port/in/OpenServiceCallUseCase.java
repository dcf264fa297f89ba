package dev.opsuite.field.intake.application.port.in;

import dev.opsuite.field.intake.domain.ServiceCall;
import dev.opsuite.field.intake.domain.Urgency;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** Records a customer call as an OPEN service call numbered SC-year-sequence; naming an earlier call flags a callback. */
public interface OpenServiceCallUseCase {

    record OpenServiceCallCommand(Actor actor, UUID customerId, String problem, Urgency urgency, UUID callbackOf) {
    }

    Uni<ServiceCall> open(OpenServiceCallCommand command);
}
