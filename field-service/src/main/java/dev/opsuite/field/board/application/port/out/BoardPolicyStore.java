package dev.opsuite.field.board.application.port.out;

import dev.opsuite.field.board.domain.BoardPolicy;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Optional;

/** Where each tenant's board policy is kept; a tenant without one has the defaults. */
public interface BoardPolicyStore {

    Uni<Optional<BoardPolicy>> find(String tenantId);

    Uni<Void> save(String tenantId, BoardPolicy policy, String by, Instant at);
}
