package dev.opsuite.field.testing;

import dev.opsuite.field.board.application.port.out.BoardPolicyStore;
import dev.opsuite.field.board.domain.BoardPolicy;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Each tenant's board policy in memory. */
public final class InMemoryBoardPolicies implements BoardPolicyStore {

    private final Map<String, BoardPolicy> policies = new HashMap<>();

    @Override
    public Uni<Optional<BoardPolicy>> find(String tenantId) {
        return Uni.createFrom().item(Optional.ofNullable(policies.get(tenantId)));
    }

    @Override
    public Uni<Void> save(String tenantId, BoardPolicy policy, String by, Instant at) {
        policies.put(tenantId, policy);
        return Uni.createFrom().voidItem();
    }
}
