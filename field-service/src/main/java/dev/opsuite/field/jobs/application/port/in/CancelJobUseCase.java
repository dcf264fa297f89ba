package dev.opsuite.field.jobs.application.port.in;

import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** Cancels a job not yet completed, for a reason; the dispatch board frees its technician first. */
public interface CancelJobUseCase {

    Uni<Job> cancel(Actor actor, UUID jobId, String reason);
}
