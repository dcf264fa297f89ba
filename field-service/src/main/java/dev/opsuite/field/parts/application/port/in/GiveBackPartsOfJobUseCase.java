package dev.opsuite.field.parts.application.port.in;

import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.UUID;

/** A cancelled job needs no parts: what is still asked or held for it is given back, inventory releasing the holds. */
public interface GiveBackPartsOfJobUseCase {

    /** The job's cancellation as the jobs capability told it (job-cancelled): by whom, why and when. */
    record JobCancelledCommand(Actor cancelledBy, UUID jobId, String reason, Instant cancelledAt) {
    }

    /**
     * Each REQUESTED or CONFIRMED reservation of the job becomes CANCELLED, with part-reservation-cancelled in the
     * outbox; the others are left as they are, so hearing it again changes nothing.
     */
    Uni<Void> jobCancelled(JobCancelledCommand command);
}
