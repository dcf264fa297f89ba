package dev.opsuite.field.jobs.application.port.in;

import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * Blocks a job waiting on parts: it records since when and what it waits for. Called by the technician's queue, and
 * by the parts capability when a reservation cannot be filled.
 */
public interface BlockJobUseCase {

    /** @param waitingFor what the job waits for, as a person reads it ("1x igniter HSI-120") */
    Uni<Job> waitOnParts(Actor actor, UUID jobId, String waitingFor);
}
