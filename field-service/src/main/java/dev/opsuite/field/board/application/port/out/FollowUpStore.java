package dev.opsuite.field.board.application.port.out;

import dev.opsuite.field.board.domain.FollowUp;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The follow-ups suggested, one per job at most; scoped to one tenant. */
public interface FollowUpStore {

    /** Keeps {@code followUp} as the job's suggestion, replacing any earlier one. */
    Uni<Void> keep(String tenantId, FollowUp followUp);

    Uni<Optional<FollowUp>> find(String tenantId, UUID jobId);

    /** The suggestions of the jobs named that have one, by job id. */
    Uni<Map<UUID, FollowUp>> ofJobs(String tenantId, Collection<UUID> jobIds);

    /** Drops the job's suggestion, if it has one. */
    Uni<Void> forget(String tenantId, UUID jobId);
}
