package dev.opsuite.field.jobs.application.port.in;

import dev.opsuite.field.jobs.domain.Assignment;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** What the dispatch board tells jobs when an appointment now holds a job: it is SCHEDULED, and whose it is. */
public interface ScheduleJobUseCase {

    /** The job, scheduled; one not ready to schedule is a CONFLICT naming {@code jobId}. */
    Uni<Job> schedule(Actor actor, UUID jobId, Assignment assignment);

    /** The job follows its rescheduled or reassigned live appointment. */
    Uni<Job> reassign(Actor actor, UUID jobId, Assignment assignment);
}
