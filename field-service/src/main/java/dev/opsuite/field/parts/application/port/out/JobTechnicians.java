package dev.opsuite.field.parts.application.port.out;

import io.smallrye.mutiny.Uni;
import java.util.Optional;
import java.util.UUID;

/** Who works a job: the login (userId) of the technician it is assigned to, when it is a job assigned to one. */
public interface JobTechnicians {

    Uni<Optional<String>> technicianUserOf(String tenantId, UUID jobId);
}
