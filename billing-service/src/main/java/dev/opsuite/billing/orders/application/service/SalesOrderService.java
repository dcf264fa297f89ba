package dev.opsuite.billing.orders.application.service;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.billing.orders.application.port.in.CreateSalesOrderUseCase;
import dev.opsuite.billing.orders.application.port.in.FindSalesOrdersQuery;
import dev.opsuite.billing.orders.application.port.in.HoldSalesOrderForInvoicingQuery;
import dev.opsuite.support.application.DocumentNumbering;
import dev.opsuite.billing.orders.application.port.out.SalesOrderStore;
import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class SalesOrderService implements CreateSalesOrderUseCase, FindSalesOrdersQuery, HoldSalesOrderForInvoicingQuery {

    /** The kind of document number sales orders take: SO-2026-000001. */
    static final String NUMBER_PREFIX = "SO";

    private final SalesOrderStore orders;
    private final DocumentNumbering numbers;
    private final Clock clock;

    SalesOrderService(SalesOrderStore orders, DocumentNumbering numbers, Clock clock) {
        this.orders = orders;
        this.numbers = numbers;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<SalesOrder> create(CreateSalesOrderCommand command) {
        Instant now = clock.instant();
        Actor actor = command.actor();
        // The year of the number is the year in UTC when the order is placed.
        return numbers.next(actor.tenantId(), NUMBER_PREFIX, now.atZone(ZoneOffset.UTC).getYear())
                .map(number -> Rejection.orThrow(SalesOrder.place(
                        Envelope.created(UUID.randomUUID(), actor.tenantId(), actor.userId(), now), number,
                        command.customerId(), command.customerName(), command.currency(), command.lines())))
                .call(orders::add);
    }

    @Override
    @WithSession
    public Uni<SalesOrder> salesOrder(String tenantId, UUID id) {
        return orders.find(tenantId, id).map(found -> found.orElseThrow(Rejection.missing("sales-order", id)));
    }

    @Override
    @WithSession
    public Uni<Page<SalesOrder>> salesOrders(String tenantId, UUID customerId, PageRequest page) {
        return orders.list(tenantId, customerId, page);
    }

    @Override
    public Uni<Optional<SalesOrder>> holdForInvoicing(String tenantId, UUID salesOrderId) {
        return orders.findForUpdate(tenantId, salesOrderId);
    }
}
