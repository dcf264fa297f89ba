package dev.opsuite.fleet.kernel.persistence;

import dev.opsuite.fleet.kernel.application.TenantLookup;
import dev.opsuite.support.domain.Enveloped;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import dev.opsuite.support.paging.Criteria;

/**
 * A repository of rows {@code E} (with an {@code id} and a {@code tenantId}) that answers the {@link TenantLookup}
 * questions about its aggregates {@code T}, each scoped to one tenant: a repository says only how a row becomes its
 * aggregate ({@link #toDomain}) and which entity class it reads ({@link #rowType}).
 */
public interface TenantRepository<E, T extends Enveloped> extends PanacheRepositoryBase<E, UUID>, TenantLookup<T> {

    String BY_ID = "id = ?1 and tenantId = ?2";

    /** The aggregate a row holds. */
    T toDomain(E row);

    Class<E> rowType();

    @Override
    default Uni<Optional<T>> find(String tenantId, UUID id) {
        return find(BY_ID, id, tenantId).firstResult().map(row -> Optional.ofNullable(row).map(this::toDomain));
    }

    @Override
    default Uni<Optional<T>> findForUpdate(String tenantId, UUID id) {
        return find(BY_ID, id, tenantId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .map(row -> Optional.ofNullable(row).map(this::toDomain));
    }

    @Override
    default Uni<Optional<T>> findForShare(String tenantId, UUID id) {
        return find(BY_ID, id, tenantId).withLock(LockModeType.PESSIMISTIC_READ).firstResult()
                .map(row -> Optional.ofNullable(row).map(this::toDomain));
    }

    @Override
    default Uni<Map<UUID, T>> findAll(String tenantId, Collection<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Criteria where = Criteria.forTenant(tenantId).in("id", Set.copyOf(ids));
        return ReadOnly.list(getSession(), rowType(), where.query(), where.parameters())
                .map(rows -> rows.stream().map(this::toDomain).collect(Collectors.toMap(T::id, Function.identity())));
    }
}
