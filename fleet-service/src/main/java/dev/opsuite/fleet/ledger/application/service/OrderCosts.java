package dev.opsuite.fleet.ledger.application.service;

import dev.opsuite.fleet.ledger.application.port.in.BookOrderCostUseCase;
import dev.opsuite.fleet.ledger.application.port.in.FindOrderCostsQuery;
import dev.opsuite.fleet.ledger.application.port.out.OrderCostStore;
import dev.opsuite.fleet.ledger.domain.OrderCost;
import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.domain.Result;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Costs the fleet charges to orders (a fine, an accident's company share): what lowers an order's
 * profitability. dispatch-service owns the orders; the fleet names them by reference.
 */
@ApplicationScoped
class OrderCosts implements FindOrderCostsQuery, BookOrderCostUseCase {

    private final OrderCostStore costs;
    private final EventPublisher events;
    private final Clock clock;

    OrderCosts(OrderCostStore costs, EventPublisher events, Clock clock) {
        this.costs = costs;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Books {@code entry} and appends {@code order-cost-recorded}, inside the caller's transaction. The
     * vehicle and driver, when named, must be of the caller's business (the foreign keys check it); a
     * second cost of one source is a 409 on sourceId.
     */
    @Override
    public Uni<OrderCost> book(Actor actor, OrderCost.Entry entry) {
        Result.Accepted<OrderCost> booked = Rejection.accepted(OrderCost.book(UUID.randomUUID(), actor.tenantId(), entry,
                actor.userId(), clock.instant()));
        return costs.add(booked.value()).call(() -> events.publish(booked.events()));
    }

    @Override
    @WithSession
    public Uni<OrderCostSheet> costsOf(String tenantId, String orderReference) {
        String reference = orderReference.strip();
        return costs.ofOrder(tenantId, reference).map(rows -> new OrderCostSheet(reference, rows, totals(rows)));
    }

    static List<OrderCostTotal> totals(List<OrderCost> rows) {
        Map<String, List<OrderCost>> byCurrency = new TreeMap<>();
        rows.forEach(c -> byCurrency.computeIfAbsent(c.currency(), k -> new ArrayList<>()).add(c));
        return byCurrency.entrySet().stream().map(e -> {
            BigDecimal total = DriverLedger.sum(e.getValue(), OrderCost::amount);
            return new OrderCostTotal(e.getKey(), total, total.negate(), e.getValue().size());
        }).toList();
    }
}
