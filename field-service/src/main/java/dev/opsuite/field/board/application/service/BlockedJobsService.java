package dev.opsuite.field.board.application.service;

import dev.opsuite.field.board.application.port.in.BlockedJobsQuery;
import dev.opsuite.field.board.application.port.in.BoardPolicyUseCase;
import dev.opsuite.field.board.application.port.out.AppointmentStore;
import dev.opsuite.field.board.domain.Appointment;
import dev.opsuite.field.board.domain.BoardPolicy;
import dev.opsuite.field.jobs.application.port.in.FindJobsQuery;
import dev.opsuite.field.jobs.domain.Job;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
class BlockedJobsService implements BlockedJobsQuery {

    private final FindJobsQuery jobs;
    private final AppointmentStore appointments;
    private final BoardPolicyUseCase policies;
    private final Clock clock;

    BlockedJobsService(FindJobsQuery jobs, AppointmentStore appointments, BoardPolicyUseCase policies, Clock clock) {
        this.jobs = jobs;
        this.appointments = appointments;
        this.policies = policies;
        this.clock = clock;
    }

    @Override
    @WithSession
    public Uni<List<BlockedJob>> blockedJobs(String tenantId) {
        Instant now = clock.instant();
        return policies.policy(tenantId).chain(policy -> jobs.waitingOnParts(tenantId)
                .chain(waiting -> appointments.liveFlagged(tenantId).chain(flagged -> jobs.jobs(tenantId,
                                flagged.stream().map(Appointment::jobId).collect(Collectors.toSet()))
                        .map(stuck -> queue(policy, now, waiting, flagged, stuck)))));
    }

    @Override
    @WithSession
    public Uni<List<BlockedJob>> alerts(String tenantId) {
        return blockedJobs(tenantId).map(all -> all.stream().filter(BlockedJob::pastSla).toList());
    }

    private static List<BlockedJob> queue(BoardPolicy policy, Instant now, List<Job> waiting, List<Appointment> flagged,
            Map<UUID, Job> stuck) {
        List<BlockedJob> queue = new ArrayList<>();
        for (Job job : waiting) {
            Instant since = job.work().blockedSince();
            queue.add(new BlockedJob(job, BlockReason.WAITING_ON_PARTS, since, Duration.between(since, now),
                    policy.pastSla(since, now), job.work().waitingFor(), List.of(),
                    job.assignment() == null ? null : job.assignment().technicianId()));
        }
        for (Appointment a : flagged) {
            Job job = stuck.get(a.jobId());
            // A job already waiting on parts is listed once, for the parts.
            if (job != null && job.work().blockedSince() == null) {
                Instant since = a.envelope().createdAt();
                queue.add(new BlockedJob(job, BlockReason.SCHEDULING_CONFLICT, since, Duration.between(since, now),
                        policy.pastSla(since, now), null, a.flags(), a.technicianId()));
            }
        }
        queue.sort(Comparator.comparing(BlockedJob::since));
        return queue;
    }
}
