package dev.opsuite.field.intake.application.port.out;

import dev.opsuite.field.intake.domain.CompletedJob;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The jobs already completed, as intake reads them to link a callback. Every method is scoped to one tenant. */
public interface CompletedJobs {

    /** The job of that call completed last; empty when none of its jobs is completed. */
    Uni<Optional<CompletedJob>> latestOfCall(String tenantId, UUID serviceCallId);

    /**
     * The job completed last, no earlier than {@code from} and no later than {@code to}, for that customer at that
     * location (null: the customer's service address).
     */
    Uni<Optional<CompletedJob>> latestAt(String tenantId, UUID customerId, UUID locationId, Instant from, Instant to);
}
