package dev.opsuite.billing.orders.infrastructure.persistence;

import dev.opsuite.billing.orders.application.port.out.SalesOrderStore;
import dev.opsuite.billing.orders.domain.LineQuantity;
import dev.opsuite.billing.orders.domain.OrderDecisions;
import dev.opsuite.billing.orders.domain.OrderLine;
import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.billing.orders.domain.SalesOrderStatus;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.persistence.Envelopes;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
class SalesOrderRepository implements PanacheRepositoryBase<SalesOrderEntity, UUID>, SalesOrderStore {

    private static final String LINES = "from SalesOrderLineEntity where tenantId = ?1 and salesOrderId in ?2 order by position";

    private static final String ADD_INVOICED = "update SalesOrderLineEntity set invoicedQuantity = invoicedQuantity + ?1"
            + " where tenantId = ?2 and salesOrderId = ?3 and id = ?4";

    @Override
    public Uni<Optional<SalesOrder>> find(String tenantId, UUID id) {
        return withLines(tenantId, find("id = ?1 and tenantId = ?2", id, tenantId).firstResult());
    }

    @Override
    public Uni<Optional<SalesOrder>> findForUpdate(String tenantId, UUID id) {
        return withLines(tenantId, find("id = ?1 and tenantId = ?2", id, tenantId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult());
    }

    @Override
    public Uni<Page<SalesOrder>> list(String tenantId, UUID customerId, SalesOrderStatus status, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).eq("customerId", customerId).eq("status", status);
        var query = find(where.query() + page.orderClause(), where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> lines(tenantId, rows.stream().map(e -> e.id).toList())
                .chain(lines -> query.count().map(total -> Page.of(
                        rows.stream().map(e -> toDomain(e, lines.getOrDefault(e.id, List.of()))).toList(), page, total))));
    }

    @Override
    public Uni<Void> add(SalesOrder order) {
        SalesOrderEntity e = new SalesOrderEntity();
        e.id = order.id();
        e.orderNumber = order.orderNumber();
        e.customerId = order.customerId();
        e.customerName = order.customerName();
        e.currency = order.currency();
        e.totalAmount = order.total();
        copy(order, e);
        List<SalesOrderLineEntity> lines = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            lines.add(line(order, i));
        }
        return persist(e).call(() -> Panache.getSession().chain(s -> s.persistAll(lines.toArray()))).replaceWithVoid();
    }

    @Override
    public Uni<SalesOrder> save(SalesOrder order) {
        // Loaded into this session by find; copying onto it and flushing writes the change and bumps the version.
        return findById(order.id()).invoke(e -> copy(order, e)).call(e -> flush())
                .map(e -> toDomain(e, order.lines()));
    }

    @Override
    public Uni<Void> addInvoiced(String tenantId, UUID salesOrderId, List<LineQuantity> changes) {
        Uni<Void> done = Uni.createFrom().voidItem();
        for (LineQuantity change : changes) {
            done = done.chain(() -> Panache.getSession().chain(s -> s.createMutationQuery(ADD_INVOICED)
                    .setParameter(1, change.quantity()).setParameter(2, tenantId).setParameter(3, salesOrderId)
                    .setParameter(4, change.salesOrderLineId()).executeUpdate()).replaceWithVoid());
        }
        return done;
    }

    private static void copy(SalesOrder order, SalesOrderEntity e) {
        Envelopes.stamp(e, order.envelope());
        e.status = order.status();
        OrderDecisions d = order.decisions();
        e.confirmedBy = d.confirmedBy();
        e.confirmedAt = d.confirmedAt();
        e.cancelledBy = d.cancelledBy();
        e.cancelledAt = d.cancelledAt();
        e.cancellationReason = d.cancellationReason();
    }

    private static SalesOrderLineEntity line(SalesOrder order, int position) {
        OrderLine line = order.lines().get(position);
        SalesOrderLineEntity e = new SalesOrderLineEntity();
        e.id = line.id();
        e.tenantId = order.tenantId();
        e.salesOrderId = order.id();
        e.position = position;
        e.description = line.description();
        e.quantity = line.quantity();
        e.unitPrice = line.unitPrice();
        e.amount = line.amount();
        return e;
    }

    private Uni<Optional<SalesOrder>> withLines(String tenantId, Uni<SalesOrderEntity> head) {
        return head.chain(e -> e == null ? Uni.createFrom().item(Optional.<SalesOrder>empty())
                : lines(tenantId, List.of(e.id)).map(lines -> Optional.of(toDomain(e, lines.getOrDefault(e.id, List.of())))));
    }

    /** The lines of these orders, by order, in their order. */
    private static Uni<Map<UUID, List<OrderLine>>> lines(String tenantId, List<UUID> orderIds) {
        if (orderIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(s -> s.createSelectionQuery(LINES, SalesOrderLineEntity.class)
                        .setParameter(1, tenantId).setParameter(2, orderIds).getResultList())
                .map(rows -> rows.stream().collect(Collectors.groupingBy(l -> l.salesOrderId,
                        Collectors.mapping(SalesOrderRepository::lineOf, Collectors.toList()))));
    }

    private static OrderLine lineOf(SalesOrderLineEntity l) {
        return new OrderLine(l.id, l.description, l.quantity, l.unitPrice, l.invoicedQuantity);
    }

    static SalesOrder toDomain(SalesOrderEntity e, List<OrderLine> lines) {
        return new SalesOrder(Envelopes.of(e.id, e), e.orderNumber, e.customerId, e.customerName, e.currency, lines,
                e.status, new OrderDecisions(e.confirmedBy, e.confirmedAt, e.cancelledBy, e.cancelledAt,
                        e.cancellationReason));
    }
}
