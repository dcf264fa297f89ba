package dev.opsuite.field.intake.application.port.in;

import dev.opsuite.field.intake.domain.JobTally;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** What the jobs capability tells intake when a call's jobs changed, so the call's status follows them. */
public interface FollowJobsUseCase {

    Uni<Void> jobsChanged(Actor actor, UUID serviceCallId, JobTally tally);
}
