package dev.opsuite.field.quality.application.port.in;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The callbacks counted against a job: the calls linked to it, oldest first. */
public interface CallbacksQuery {

    /**
     * @param flagged the CSR named the earlier call ({@code callbackOf}); otherwise linked for the same customer and
     *        place within 30 days of the completion
     */
    record Callback(UUID serviceCallId, String number, Instant openedAt, UUID jobId, UUID technicianId,
            Instant completedAt, long daysAfter, boolean flagged) {
    }

    /** An unknown job (or another tenant's) is NOT_FOUND. */
    Uni<List<Callback>> callbacksOf(String tenantId, UUID jobId);
}
