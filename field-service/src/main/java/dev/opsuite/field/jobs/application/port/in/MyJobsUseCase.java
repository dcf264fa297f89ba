package dev.opsuite.field.jobs.application.port.in;

import dev.opsuite.field.jobs.application.port.in.WorkOnJobUseCase.LaborCommand;
import dev.opsuite.field.jobs.domain.Diagnosis;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The technician's queue: the caller is the technician whose login the token names, and sees and changes only the
 * jobs assigned to them. A caller who is no technician is FORBIDDEN; another technician's job is NOT_FOUND.
 */
public interface MyJobsUseCase {

    /** A part from the caller's own truck, or from a reservation of the job when reservationId is given. */
    record MyPartCommand(UUID partId, String sku, BigDecimal quantity, UUID reservationId) {
    }

    /** My jobs starting in [from, to), in order. */
    Uni<List<Job>> myJobs(Actor actor, Instant from, Instant to);

    Uni<Job> myJob(Actor actor, UUID jobId);

    Uni<Job> start(Actor actor, UUID jobId);

    Uni<Job> diagnose(Actor actor, UUID jobId, Diagnosis diagnosis);

    Uni<Job> logLabor(Actor actor, UUID jobId, LaborCommand labor);

    Uni<Job> usePart(Actor actor, UUID jobId, MyPartCommand part);

    Uni<Job> complete(Actor actor, UUID jobId);

    Uni<Job> waitOnParts(Actor actor, UUID jobId, String waitingFor);
}
