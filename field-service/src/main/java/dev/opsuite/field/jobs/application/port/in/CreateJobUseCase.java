package dev.opsuite.field.jobs.application.port.in;

import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.kernel.Skill;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.UUID;

/** Turns a service call into one more job, ready to schedule; the call's status follows its jobs. */
public interface CreateJobUseCase {

    record CreateJobCommand(Actor actor, UUID serviceCallId, String title, Skill skillNeeded, Duration expectedDuration) {
    }

    Uni<Job> create(CreateJobCommand command);
}
