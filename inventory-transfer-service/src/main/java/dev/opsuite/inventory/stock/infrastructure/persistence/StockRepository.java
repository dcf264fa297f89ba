package dev.opsuite.inventory.stock.infrastructure.persistence;

import dev.opsuite.inventory.stock.application.port.out.StockStore;
import dev.opsuite.inventory.stock.domain.MovementKind;
import dev.opsuite.inventory.kernel.StockKey;
import dev.opsuite.inventory.stock.domain.StockLevel;
import dev.opsuite.inventory.stock.domain.StockMovement;
import dev.opsuite.inventory.stock.domain.StockQuantities;
import dev.opsuite.inventory.stock.domain.StockReference;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.paging.DateRange;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
class StockRepository implements PanacheRepositoryBase<StockLevelEntity, UUID>, StockStore {

    private static final String ENSURE = """
            insert into stock_level (id, tenant_id, location_id, product_id, on_hand, reserved, in_transit, unit_cost, updated_at, version)
            values (?1, ?2, ?3, ?4, 0, 0, 0, 0, now(), 0)
            on conflict (tenant_id, location_id, product_id) do nothing""";

    @Override
    public Uni<Map<StockKey, StockLevel>> lock(String tenantId, Collection<StockKey> keys) {
        List<StockKey> ordered = keys.stream().distinct().sorted(StockKey.LOCK_ORDER).toList();
        Set<UUID> locations = ordered.stream().map(StockKey::locationId).collect(Collectors.toSet());
        Set<UUID> products = ordered.stream().map(StockKey::productId).collect(Collectors.toSet());
        return Multi.createFrom().iterable(ordered)
                .onItem().transformToUniAndConcatenate(key -> ensure(tenantId, key))
                .collect().last()
                // Sorted before locking (LockRows sits above the sort), so every transaction takes the rows in one order.
                .chain(ignored -> find("tenantId = ?1 and locationId in ?2 and productId in ?3 order by locationId, productId",
                        tenantId, locations, products).withLock(LockModeType.PESSIMISTIC_WRITE).list())
                .map(rows -> {
                    Map<StockKey, StockLevel> byKey = new HashMap<>();
                    for (StockLevelEntity row : rows) {
                        StockKey key = new StockKey(row.locationId, row.productId);
                        if (keys.contains(key)) {
                            byKey.put(key, toDomain(row));
                        }
                    }
                    return byKey;
                });
    }

    private Uni<Integer> ensure(String tenantId, StockKey key) {
        return Panache.getSession().chain(session -> session.createNativeQuery(ENSURE)
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, tenantId)
                .setParameter(3, key.locationId())
                .setParameter(4, key.productId())
                .executeUpdate());
    }

    @Override
    public Uni<List<StockLevel>> levels(String tenantId, Collection<UUID> locationIds, Collection<UUID> productIds) {
        if (locationIds.isEmpty() || productIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("tenantId = ?1 and locationId in ?2 and productId in ?3", tenantId, Set.copyOf(locationIds),
                Set.copyOf(productIds)).map(rows -> rows.stream().map(StockRepository::toDomain).toList());
    }

    @Override
    public Uni<Void> saveAll(Collection<StockLevel> levels) {
        return Multi.createFrom().iterable(levels)
                .onItem().transformToUniAndConcatenate(level -> findById(level.id()).invoke(e -> {
                    e.onHand = level.onHand();
                    e.reserved = level.reserved();
                    e.inTransit = level.inTransit();
                    e.unitCost = level.unitCost();
                    e.updatedAt = level.updatedAt();
                }))
                .collect().last()
                .chain(ignored -> flush());
    }

    @Override
    public Uni<Void> record(String tenantId, List<StockMovement> movements) {
        if (movements.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> session.persistAll(movements.stream()
                .map(m -> toEntity(tenantId, m)).toArray())).chain(ignored -> flush());
    }

    @Override
    public Uni<Page<StockLevel>> search(String tenantId, UUID locationId, UUID productId, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).eq("locationId", locationId).eq("productId", productId);
        var query = find(where.query() + page.orderClause(), where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(StockRepository::toDomain).toList(), page, total)));
    }

    @Override
    public Uni<Page<StockMovement>> movements(String tenantId, UUID locationId, UUID productId, MovementKind kind,
            String referenceType, String referenceId, DateRange occurredAt, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).eq("locationId", locationId).eq("productId", productId)
                .eq("kind", kind).eq("referenceType", referenceType).eq("referenceId", referenceId)
                .within("occurredAt", occurredAt);
        return Panache.getSession().chain(session -> {
            var rows = session.createSelectionQuery("from StockMovementEntity where " + where.query() + page.orderClause(),
                    StockMovementEntity.class);
            var count = session.createSelectionQuery("select count(*) from StockMovementEntity where " + where.query(), Long.class);
            where.parameters().forEach((name, value) -> {
                rows.setParameter(name, value);
                count.setParameter(name, value);
            });
            return rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .chain(list -> count.getSingleResult()
                            .map(total -> Page.of(list.stream().map(StockRepository::toDomain).toList(), page, total)));
        });
    }

    private static StockMovementEntity toEntity(String tenantId, StockMovement m) {
        StockMovementEntity e = new StockMovementEntity();
        e.id = m.id();
        e.tenantId = tenantId;
        e.locationId = m.locationId();
        e.productId = m.productId();
        e.kind = m.kind();
        e.quantity = m.quantity();
        e.reservedChange = m.reservedChange();
        e.inTransitChange = m.inTransitChange();
        e.unitCost = m.unitCost();
        e.value = m.value();
        e.onHandAfter = m.onHandAfter();
        e.unitCostAfter = m.unitCostAfter();
        e.reason = m.reason();
        e.referenceType = m.reference() == null ? null : m.reference().type();
        e.referenceId = m.reference() == null ? null : m.reference().id();
        e.occurredAt = m.occurredAt();
        e.recordedBy = m.recordedBy();
        return e;
    }

    private static StockMovement toDomain(StockMovementEntity e) {
        return new StockMovement(e.id, e.locationId, e.productId, e.kind, e.quantity, e.reservedChange, e.inTransitChange,
                e.unitCost, e.value, e.onHandAfter, e.unitCostAfter, e.reason,
                e.referenceType == null ? null : new StockReference(e.referenceType, e.referenceId), e.occurredAt, e.recordedBy);
    }

    static StockLevel toDomain(StockLevelEntity e) {
        return new StockLevel(e.id, e.tenantId, new StockKey(e.locationId, e.productId),
                new StockQuantities(e.onHand, e.reserved, e.inTransit), e.unitCost, e.updatedAt, e.version);
    }
}
