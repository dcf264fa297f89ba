package dev.opsuite.field.intake.application.port.in;

import dev.opsuite.field.intake.domain.Location;
import dev.opsuite.field.intake.domain.ServiceAddress;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** Adds a service location to a customer. */
public interface AddLocationUseCase {

    record AddLocationCommand(Actor actor, UUID customerId, String label, ServiceAddress address, String accessNotes) {
    }

    Uni<Location> add(AddLocationCommand command);
}
