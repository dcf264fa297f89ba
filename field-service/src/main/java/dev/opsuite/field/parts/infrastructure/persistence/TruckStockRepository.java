package dev.opsuite.field.parts.infrastructure.persistence;

import dev.opsuite.field.parts.application.port.out.TruckStockStore;
import dev.opsuite.field.parts.domain.TruckStock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
class TruckStockRepository implements TruckStockStore {

    // The newest report wins, also when two arrive at once or out of order: the row's own as_of decides.
    private static final String KEEP = """
            insert into truck_stock (tenant_id, location_id, product_id, vehicle_id, on_hand, reserved, available,
                                     unit_cost, currency, as_of)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            on conflict (tenant_id, location_id, product_id) do update
               set vehicle_id = excluded.vehicle_id, on_hand = excluded.on_hand, reserved = excluded.reserved,
                   available = excluded.available, unit_cost = excluded.unit_cost, currency = excluded.currency,
                   as_of = excluded.as_of
             where truck_stock.as_of <= excluded.as_of""";

    private static final String OF = """
            select location_id, vehicle_id, product_id, on_hand, reserved, available, unit_cost, currency, as_of
            from truck_stock where tenant_id = ?1 and location_id = ?2 order by product_id""";

    @Override
    public Uni<Void> keep(TruckStock s) {
        return Panache.getSession().chain(session -> session.createNativeQuery(KEEP)
                .setParameter(1, s.tenantId())
                .setParameter(2, s.locationId())
                .setParameter(3, s.productId())
                .setParameter(4, s.vehicleId())
                .setParameter(5, s.onHand())
                .setParameter(6, s.reserved())
                .setParameter(7, s.available())
                .setParameter(8, s.unitCost())
                .setParameter(9, s.currency())
                .setParameter(10, s.asOf().atOffset(ZoneOffset.UTC))
                .executeUpdate()).replaceWithVoid();
    }

    // A truck that never held the product (stock only on its way there) reports a cost of zero: no cost at all.
    @Override
    public Uni<Map<UUID, BigDecimal>> newestUnitCosts(String tenantId, Set<UUID> productIds) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                                select distinct on (product_id) product_id, unit_cost from truck_stock
                                where tenant_id = :tenant and product_id in (:products) and unit_cost > 0
                                order by product_id, as_of desc, location_id""", Object[].class)
                        .setParameter("tenant", tenantId)
                        .setParameter("products", List.copyOf(productIds))
                        .getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> (BigDecimal) r[1])));
    }

    @Override
    public Uni<Set<UUID>> holding(String tenantId, UUID productId, BigDecimal quantity) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                                select location_id from truck_stock
                                where tenant_id = ?1 and product_id = ?2 and available > 0 and available >= ?3""", UUID.class)
                        .setParameter(1, tenantId)
                        .setParameter(2, productId)
                        .setParameter(3, quantity)
                        .getResultList())
                .map(Set::copyOf);
    }

    @Override
    public Uni<List<TruckStock>> of(String tenantId, UUID locationId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(OF, Object[].class)
                        .setParameter(1, tenantId)
                        .setParameter(2, locationId)
                        .getResultList())
                .map(rows -> rows.stream().map(r -> new TruckStock(tenantId, (UUID) r[0], (UUID) r[1], (UUID) r[2],
                        (BigDecimal) r[3], (BigDecimal) r[4], (BigDecimal) r[5], (BigDecimal) r[6], (String) r[7],
                        instant(r[8]))).toList());
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }
}
