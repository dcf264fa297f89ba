package dev.opsuite.inventory.stock.application.port.out;

import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** Which of field-service's part usages are booked: each once, whatever the event id it arrives under. */
public interface PartUsageStore {

    /** Records the usage as booked in the caller's transaction; false when it already was. */
    Uni<Boolean> claim(String tenantId, UUID usageId, UUID jobId);
}
