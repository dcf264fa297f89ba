package dev.opsuite.field.parts.application.port.in;

import dev.opsuite.field.parts.domain.PartsEvents.PartsUsed;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Parts fitted on a job: from a confirmed reservation, or straight from the truck; inventory moves the stock. Asked
 * only by the job the part is fitted on (through the kernel's StockedParts), in the transaction that records it there.
 */
public interface RecordPartsUsedUseCase {

    /**
     * With reservationId the reservation decides product and location; without, productId and locationId are needed.
     * usageId: the usage as the job records it, so inventory and the job name the same one.
     */
    record PartsUsedCommand(Actor actor, UUID jobId, UUID usageId, UUID reservationId, UUID productId, BigDecimal quantity,
            UUID locationId) {
    }

    Uni<PartsUsed> use(PartsUsedCommand command);
}
