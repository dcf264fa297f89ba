package dev.opsuite.field.board.application.port.in;

import dev.opsuite.field.board.domain.ConflictKind;
import dev.opsuite.field.jobs.domain.Job;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The aging queue of blocked jobs: waiting on parts, or stuck in a scheduling conflict (a live appointment booked over
 * a flagged conflict), oldest first; past the tenant's SLA they are on the daily alert list.
 */
public interface BlockedJobsQuery {

    enum BlockReason { WAITING_ON_PARTS, SCHEDULING_CONFLICT }

    /**
     * @param since when the job was blocked (blockedSince, or when the conflicting appointment was booked)
     * @param waitingFor what a job waiting on parts waits for; null for a conflict
     * @param conflicts the conflicts of a job stuck in one; empty for parts
     */
    record BlockedJob(Job job, BlockReason reason, Instant since, Duration age, boolean pastSla, String waitingFor,
            List<ConflictKind> conflicts, UUID technicianId) {
    }

    Uni<List<BlockedJob>> blockedJobs(String tenantId);

    /** The blocked jobs past the SLA: the daily alert list. */
    Uni<List<BlockedJob>> alerts(String tenantId);
}
