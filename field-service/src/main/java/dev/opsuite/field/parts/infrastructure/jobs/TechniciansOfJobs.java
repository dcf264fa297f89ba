package dev.opsuite.field.parts.infrastructure.jobs;

import dev.opsuite.field.jobs.application.port.in.FindJobsQuery;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.jobs.domain.JobStatus;
import dev.opsuite.field.parts.application.port.out.JobTechnicians;
import dev.opsuite.field.technicians.application.port.in.FindTechniciansQuery;
import dev.opsuite.field.technicians.domain.Technician;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Jobs as parts sees them, through the jobs' and technicians' port.in: open or not, and who works them. */
@ApplicationScoped
class TechniciansOfJobs implements JobTechnicians {

    private final FindJobsQuery jobs;
    private final FindTechniciansQuery technicians;

    TechniciansOfJobs(FindJobsQuery jobs, FindTechniciansQuery technicians) {
        this.jobs = jobs;
        this.technicians = technicians;
    }

    @Override
    public Uni<Optional<WorkedJob>> job(String tenantId, UUID jobId) {
        return jobs.jobs(tenantId, List.of(jobId)).chain(found -> {
            Job job = found.get(jobId);
            if (job == null) {
                return Uni.createFrom().item(Optional.<WorkedJob>empty());
            }
            boolean open = job.status() != JobStatus.COMPLETED && job.status() != JobStatus.CANCELLED;
            return technicianOf(tenantId, jobId).map(technician -> Optional.of(
                    new WorkedJob(open, technician.map(Technician::userId).orElse(null))));
        });
    }

    /** The technician of the job's live appointment; none for no job, or a job on no one's board. */
    Uni<Optional<Technician>> technicianOf(String tenantId, UUID jobId) {
        return jobs.jobs(tenantId, List.of(jobId)).chain(found -> {
            Job job = found.get(jobId);
            if (job == null || job.assignment() == null) {
                return Uni.createFrom().item(Optional.<Technician>empty());
            }
            return technicians.technician(tenantId, job.assignment().technicianId()).map(Optional::of);
        });
    }
}
