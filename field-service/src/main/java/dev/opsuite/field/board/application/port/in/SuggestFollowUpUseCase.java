package dev.opsuite.field.board.application.port.in;

import dev.opsuite.field.board.domain.FollowUp;
import io.smallrye.mutiny.Uni;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Suggests the follow-up appointment of a job released after waiting on parts (called by the parts capability, which
 * knows whose truck holds the part). The suggestion is kept with the job until the job is booked or cancelled.
 */
public interface SuggestFollowUpUseCase {

    /**
     * The earliest slot, within working hours and the horizon, of one of {@code technicianIds} who holds the job's
     * skill; empty, and any earlier suggestion dropped, when none of them is free.
     */
    Uni<Optional<FollowUp>> suggest(String tenantId, UUID jobId, UUID productId, Set<UUID> technicianIds);
}
