package dev.opsuite.fleet.vehicles.application.port.in;

import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.UUID;

/** Records an odometer reading; readings only go up. */
public interface RecordOdometerReadingUseCase {

    /**
     * @param expectedVersion the version an If-Match named, or null to skip the check
     * @param reportedAs the request field a refused reading is reported against (a trip ticket's odometerIn), or null
     */
    record RecordOdometerReadingCommand(Actor actor, UUID vehicleId, long odometerKm, Instant readAt, Long expectedVersion,
            String reportedAs) {

        public RecordOdometerReadingCommand(Actor actor, UUID vehicleId, long odometerKm, Instant readAt, Long expectedVersion) {
            this(actor, vehicleId, odometerKm, readAt, expectedVersion, null);
        }
    }

    /** Answers the vehicle at its new version. */
    Uni<Vehicle> record(RecordOdometerReadingCommand command);
}
