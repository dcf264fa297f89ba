package dev.opsuite.field.parts.application.port.out;

import io.smallrye.mutiny.Uni;
import java.util.Optional;
import java.util.UUID;

/** The jobs parts are asked for and fitted on: whether one exists, whether work on it goes on, and who works it. */
public interface JobTechnicians {

    /**
     * A job as the parts capability needs it: {@code open} unless completed or cancelled; the login (userId) of the
     * technician of its live appointment, null when it is on no one's board.
     */
    record WorkedJob(boolean open, String technicianUserId) {
    }

    /** The job, when the tenant has it. */
    Uni<Optional<WorkedJob>> job(String tenantId, UUID jobId);
}
