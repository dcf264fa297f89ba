package dev.opsuite.field.board.application.port.in;

import dev.opsuite.field.board.domain.BoardPolicy;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;

/** A tenant's board rules: refuse or flag soft conflicts, and the blocked-job SLA. */
public interface BoardPolicyUseCase {

    Uni<BoardPolicy> policy(String tenantId);

    Uni<BoardPolicy> setPolicy(Actor actor, BoardPolicy policy);
}
