package dev.opsuite.field.jobs.application.port.in;

import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * Releases a job waiting on parts to READY_TO_SCHEDULE, for a follow-up appointment. Called by the dispatcher
 * (blocked-jobs queue) and by the parts capability when the reserved part arrived.
 */
public interface ReleaseJobUseCase {

    Uni<Job> release(Actor actor, UUID jobId);
}
