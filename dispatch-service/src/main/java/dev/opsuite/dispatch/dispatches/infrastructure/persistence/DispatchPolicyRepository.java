package dev.opsuite.dispatch.dispatches.infrastructure.persistence;

import dev.opsuite.dispatch.dispatches.application.port.out.DispatchPolicyStore;
import dev.opsuite.dispatch.dispatches.domain.DispatchPolicy;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
class DispatchPolicyRepository implements PanacheRepositoryBase<DispatchPolicyEntity, String>, DispatchPolicyStore {

    @Override
    public Uni<Optional<DispatchPolicy>> find(String tenantId) {
        return findById(tenantId).map(e -> Optional.ofNullable(e).map(DispatchPolicyRepository::toDomain));
    }

    @Override
    public Uni<DispatchPolicy> save(String tenantId, DispatchPolicy policy, String by, Instant at) {
        return findById(tenantId).chain(found -> {
            DispatchPolicyEntity e = found != null ? found : new DispatchPolicyEntity();
            e.tenantId = tenantId;
            e.pastDatetimeAllowed = policy.pastDatetimeAllowed();
            e.windowSource = policy.windowSource();
            e.windowMinutes = policy.windowMinutes();
            e.updatedBy = by;
            e.updatedAt = at;
            return (found != null ? flush() : persistAndFlush(e).replaceWithVoid()).map(x -> toDomain(e));
        });
    }

    static DispatchPolicy toDomain(DispatchPolicyEntity e) {
        return new DispatchPolicy(e.pastDatetimeAllowed, e.windowSource, e.windowMinutes);
    }
}
