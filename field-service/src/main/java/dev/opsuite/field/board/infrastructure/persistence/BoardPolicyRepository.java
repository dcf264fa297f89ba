package dev.opsuite.field.board.infrastructure.persistence;

import dev.opsuite.field.board.application.port.out.BoardPolicyStore;
import dev.opsuite.field.board.domain.BoardPolicy;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
class BoardPolicyRepository implements PanacheRepositoryBase<BoardPolicyEntity, String>, BoardPolicyStore {

    @Override
    public Uni<Optional<BoardPolicy>> find(String tenantId) {
        return findById(tenantId).map(e -> Optional.ofNullable(e)
                .map(p -> new BoardPolicy(p.availability, p.skill, p.blockedSlaDays)));
    }

    @Override
    public Uni<Void> save(String tenantId, BoardPolicy policy, String by, Instant at) {
        return findById(tenantId).chain(found -> {
            BoardPolicyEntity e = found == null ? new BoardPolicyEntity() : found;
            e.tenantId = tenantId;
            e.availability = policy.availability();
            e.skill = policy.skill();
            e.blockedSlaDays = policy.blockedSlaDays();
            e.updatedBy = by;
            e.updatedAt = at;
            return found == null ? persist(e).replaceWithVoid() : Uni.createFrom().voidItem();
        });
    }
}
