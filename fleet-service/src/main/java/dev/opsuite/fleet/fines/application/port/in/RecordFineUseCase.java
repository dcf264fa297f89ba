package dev.opsuite.fleet.fines.application.port.in;

import dev.opsuite.fleet.fines.domain.Fine;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * Fines (seed 004): a letter is recorded against its vehicle and charged to whoever the driving record
 * says drove it then; a fine nobody is recorded for waits for a manager to name the driver.
 */
public interface RecordFineUseCase {

    record RecordFineCommand(Actor actor, Fine.Letter letter) {
    }

    /** {@code orderReference} is optional. */
    record AttributeFineCommand(Actor actor, UUID fineId, Long expectedVersion, UUID driverId, String orderReference) {
    }

    Uni<Fine> record(RecordFineCommand command);

    Uni<Fine> attribute(AttributeFineCommand command);
}
