package dev.opsuite.field.jobs.application.port.in;

import dev.opsuite.field.jobs.domain.Job;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/** Reads jobs of the caller's tenant. */
public interface FindJobsQuery {

    Uni<Job> job(String tenantId, UUID id);

    /** The jobs a call became, oldest first; an unknown call is NOT_FOUND. */
    Uni<List<Job>> jobsOfCall(String tenantId, UUID serviceCallId);
}
