package dev.opsuite.field.board.application.port.in;

import dev.opsuite.field.board.domain.FollowUp;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** The follow-up suggested for a job ready to schedule again; NOT_FOUND when there is none. */
public interface FollowUpQuery {

    Uni<FollowUp> followUp(String tenantId, UUID jobId);
}
