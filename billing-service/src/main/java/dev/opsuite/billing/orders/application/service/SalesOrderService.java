package dev.opsuite.billing.orders.application.service;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.billing.orders.application.port.in.CancelSalesOrderUseCase;
import dev.opsuite.billing.orders.application.port.in.ConfirmSalesOrderUseCase;
import dev.opsuite.billing.orders.application.port.in.CreateSalesOrderUseCase;
import dev.opsuite.billing.orders.application.port.in.FindSalesOrdersQuery;
import dev.opsuite.billing.orders.application.port.in.InvoiceSalesOrderLinesUseCase;
import dev.opsuite.support.application.DocumentNumbering;
import dev.opsuite.billing.orders.application.port.out.SalesOrderStore;
import dev.opsuite.billing.orders.domain.LineQuantity;
import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.billing.orders.domain.SalesOrderStatus;
import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.domain.Result;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

@ApplicationScoped
class SalesOrderService implements CreateSalesOrderUseCase, ConfirmSalesOrderUseCase, CancelSalesOrderUseCase,
        FindSalesOrdersQuery, InvoiceSalesOrderLinesUseCase {

    /** The kind of document number sales orders take: SO-2026-000001. */
    static final String NUMBER_PREFIX = "SO";

    private final SalesOrderStore orders;
    private final DocumentNumbering numbers;
    private final EventPublisher events;
    private final Clock clock;

    SalesOrderService(SalesOrderStore orders, DocumentNumbering numbers, EventPublisher events, Clock clock) {
        this.orders = orders;
        this.numbers = numbers;
        this.events = events;
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
    @WithTransaction
    public Uni<SalesOrder> confirm(ConfirmSalesOrderCommand command) {
        Actor actor = command.actor();
        return change(actor, command.salesOrderId(), command.expectedVersion(),
                order -> order.confirm(actor.userId(), clock.instant()));
    }

    @Override
    @WithTransaction
    public Uni<SalesOrder> cancel(CancelSalesOrderCommand command) {
        Actor actor = command.actor();
        // The order's row lock queues the cancellation behind any invoicing of the order, and the other way round.
        return change(actor, command.salesOrderId(), command.expectedVersion(),
                order -> order.cancel(command.reason(), actor.userId(), clock.instant()));
    }

    /** Locks the order at the caller's version, lets it decide, saves it and hands its events to the outbox. */
    private Uni<SalesOrder> change(Actor actor, UUID id, Long expectedVersion, Function<SalesOrder, Result<SalesOrder>> decision) {
        return orders.findForUpdate(actor.tenantId(), id)
                .map(found -> Rejection.accepted(decision.apply(Rejection.current(found, "sales-order", id, expectedVersion))))
                .chain(changed -> orders.save(changed.value()).call(() -> events.publish(changed.events())));
    }

    @Override
    @WithSession
    public Uni<SalesOrder> salesOrder(String tenantId, UUID id) {
        return orders.find(tenantId, id).map(found -> found.orElseThrow(Rejection.missing("sales-order", id)));
    }

    @Override
    @WithSession
    public Uni<Page<SalesOrder>> salesOrders(String tenantId, UUID customerId, SalesOrderStatus status, PageRequest page) {
        return orders.list(tenantId, customerId, status, page);
    }

    @Override
    public Uni<Optional<SalesOrder>> holdForInvoicing(String tenantId, UUID salesOrderId) {
        return orders.findForUpdate(tenantId, salesOrderId);
    }

    @Override
    public Uni<SalesOrder> invoice(SalesOrder held, List<LineQuantity> quantities) {
        // The order decides before anything is written: a refusal leaves the transaction clean.
        return Uni.createFrom().item(() -> Rejection.orThrow(held.invoice(quantities)))
                .call(booked -> orders.addInvoiced(held.tenantId(), held.id(), quantities));
    }

    @Override
    public Uni<SalesOrder> release(String tenantId, UUID salesOrderId, List<LineQuantity> quantities) {
        return orders.findForUpdate(tenantId, salesOrderId)
                .map(found -> found.orElseThrow(Rejection.missing("sales-order", salesOrderId)).release(quantities))
                .call(released -> orders.addInvoiced(tenantId, salesOrderId, quantities.stream()
                        .map(q -> new LineQuantity(q.salesOrderLineId(), q.quantity().negate())).toList()));
    }
}
