package dev.opsuite.fleet.application.port.in;

import dev.opsuite.fleet.domain.Vehicle;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.UUID;

/** Records an odometer reading; readings only go up. */
public interface RecordOdometerReadingUseCase {

    /** @param expectedVersion the version an If-Match named, or null to skip the check */
    record RecordOdometerReadingCommand(Actor actor, UUID vehicleId, long odometerKm, Instant readAt, Long expectedVersion) {
    }

    /** Answers the vehicle at its new version. */
    Uni<Vehicle> record(RecordOdometerReadingCommand command);
}
