package dev.opsuite.billing.invoices.application.service;

import dev.opsuite.billing.invoices.application.port.in.AnswerInvoiceRequestUseCase;
import dev.opsuite.billing.invoices.application.port.in.CreateInvoiceUseCase;
import dev.opsuite.billing.invoices.application.port.in.LinkInvoiceToDispatchUseCase;
import dev.opsuite.billing.invoices.application.port.in.CreateInvoiceUseCase.CreateInvoiceCommand;
import dev.opsuite.billing.invoices.application.port.in.FindInvoicesQuery;
import dev.opsuite.billing.invoices.application.port.in.IssueInvoiceUseCase;
import dev.opsuite.billing.invoices.application.port.in.IssueInvoiceUseCase.IssueInvoiceCommand;
import dev.opsuite.billing.invoices.application.port.in.ProcessInvoiceUseCase;
import dev.opsuite.billing.invoices.application.port.in.ProcessInvoiceUseCase.ProcessInvoiceCommand;
import dev.opsuite.billing.invoices.application.port.in.VoidInvoiceUseCase;
import dev.opsuite.billing.invoices.application.port.in.VoidInvoiceUseCase.VoidInvoiceCommand;
import dev.opsuite.support.application.DocumentNumbering;
import dev.opsuite.billing.invoices.application.port.out.InvoiceStore;
import dev.opsuite.billing.invoices.domain.DispatchLink;
import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.billing.invoices.domain.InvoiceRequestRejected;
import dev.opsuite.billing.invoices.domain.InvoiceLine;
import dev.opsuite.billing.invoices.domain.InvoiceStatus;
import dev.opsuite.billing.invoices.domain.InvoicedOrder;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.billing.orders.application.port.in.InvoiceSalesOrderLinesUseCase;
import dev.opsuite.billing.orders.domain.LineQuantity;
import dev.opsuite.billing.orders.domain.OrderLine;
import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.application.RejectedException;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.domain.Result;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
class InvoiceService implements CreateInvoiceUseCase, IssueInvoiceUseCase, ProcessInvoiceUseCase, VoidInvoiceUseCase,
        FindInvoicesQuery, AnswerInvoiceRequestUseCase, LinkInvoiceToDispatchUseCase {

    /** The kind of document number invoices take: INV-2026-000001. */
    static final String NUMBER_PREFIX = "INV";

    /** Invoices that count as revenue: owed or settled; a draft is not yet, a void one no longer. */
    static final Set<InvoiceStatus> EARNING = EnumSet.of(InvoiceStatus.ISSUED, InvoiceStatus.PROCESSED);

    private final InvoiceSalesOrderLinesUseCase orders;
    private final InvoiceStore invoices;
    private final DocumentNumbering numbers;
    private final EventPublisher events;
    private final Clock clock;

    InvoiceService(InvoiceSalesOrderLinesUseCase orders, InvoiceStore invoices, DocumentNumbering numbers,
            EventPublisher events, Clock clock) {
        this.orders = orders;
        this.invoices = invoices;
        this.numbers = numbers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<Invoice> create(CreateInvoiceCommand command) {
        return drafted(command.actor(), command.salesOrderId(), command.lines(), null, clock.instant())
                .call(drafted -> events.publish(drafted.events()))
                .map(drafted -> drafted.value());
    }

    @Override
    public Uni<Void> answer(InvoiceRequest request) {
        Actor actor = new Actor(request.tenantId(), request.requestedBy());
        Instant now = clock.instant();
        return invoices.findByRequest(request.tenantId(), request.requestId()).chain(answered -> answered.isPresent()
                // Answered already (the same request under a new event id): nothing twice.
                ? Uni.createFrom().voidItem()
                : drafted(actor, request.salesOrderId(), request.lines(), request.requestId(), now)
                        .chain(drafted -> {
                            Result.Accepted<Invoice> issued = Rejection.accepted(drafted.value().issue(actor.userId(), now));
                            List<DomainEvent> announced = new ArrayList<>(drafted.events());
                            announced.addAll(issued.events());
                            return invoices.save(issued.value()).call(() -> events.publish(announced));
                        })
                        .replaceWithVoid()
                        // Refused before anything was written (the order decides first): the refusal is the answer.
                        .onFailure(RejectedException.class).recoverWithUni(refused -> {
                            Rejection why = ((RejectedException) refused).rejection();
                            return events.publish(new InvoiceRequestRejected(request.tenantId(), request.requestId(),
                                    request.dispatchId(), request.salesOrderId(), why.code(), why.detail(), now));
                        }));
    }

    /**
     * A draft invoice of {@code asked} (none: all that is left) of the order, stored, with its quantities booked on
     * the order's lines; its events not yet published.
     */
    private Uni<Result.Accepted<Invoice>> drafted(Actor actor, UUID salesOrderId, List<LineQuantity> asked, UUID requestId,
            Instant now) {
        // The order's row lock makes invoices of one order queue, so two cannot both take what is left of a line.
        return orders.holdForInvoicing(actor.tenantId(), salesOrderId)
                // Seed 000: an invoice must belong to a valid sales order (of the caller's tenant).
                .map(found -> found.orElseThrow(() -> Rejection.unprocessable("sales-order-not-found", "salesOrderId",
                        "No sales order " + salesOrderId + ".").toException()))
                .chain(order -> {
                    List<LineQuantity> quantities = asked.isEmpty() ? order.remaining() : asked;
                    return orders.invoice(order, quantities).map(booked -> lines(order, quantities))
                            // The year of the number is the year in UTC when the invoice is drafted.
                            .chain(lines -> numbers.next(actor.tenantId(), NUMBER_PREFIX, now.atZone(ZoneOffset.UTC).getYear())
                                    .map(number -> Rejection.accepted(Invoice.draftFor(
                                            Envelope.created(UUID.randomUUID(), actor.tenantId(), actor.userId(), now),
                                            number, invoiced(order), lines, requestId))));
                })
                .call(drafted -> invoices.add(drafted.value()));
    }

    @Override
    public Uni<Void> attach(String tenantId, UUID invoiceId, DispatchLink dispatch) {
        return relink(tenantId, invoiceId, invoice -> invoice.attachTo(dispatch));
    }

    @Override
    public Uni<Void> detach(String tenantId, UUID invoiceId, UUID dispatchId) {
        return relink(tenantId, invoiceId, invoice -> invoice.detachFrom(dispatchId));
    }

    private Uni<Void> relink(String tenantId, UUID invoiceId, Function<Invoice, Invoice> link) {
        return invoices.findForUpdate(tenantId, invoiceId).chain(found -> {
            Invoice invoice = found.orElseThrow(Rejection.missing("invoice", invoiceId));
            Invoice linked = link.apply(invoice);
            return linked.equals(invoice) ? Uni.createFrom().voidItem() : invoices.save(linked).replaceWithVoid();
        });
    }

    @Override
    @WithTransaction
    public Uni<Invoice> issue(IssueInvoiceCommand command) {
        Actor actor = command.actor();
        return change(actor, command.invoiceId(), command.expectedVersion(),
                invoice -> invoice.issue(actor.userId(), clock.instant()));
    }

    @Override
    @WithTransaction
    public Uni<Invoice> process(ProcessInvoiceCommand command) {
        Actor actor = command.actor();
        return change(actor, command.invoiceId(), command.expectedVersion(),
                invoice -> invoice.process(command.processing(), actor.userId(), clock.instant()));
    }

    @Override
    @WithTransaction
    public Uni<Invoice> voidInvoice(VoidInvoiceCommand command) {
        Actor actor = command.actor();
        return change(actor, command.invoiceId(), command.expectedVersion(),
                invoice -> invoice.voidIt(command.reason(), actor.userId(), clock.instant()))
                // What the invoice took of its order is free to invoice again, in the same transaction.
                .call(voided -> orders.release(actor.tenantId(), voided.order().id(), voided.lines().stream()
                        .map(line -> new LineQuantity(line.salesOrderLineId(), line.quantity())).toList()));
    }

    /** Locks the invoice at the caller's version, lets it decide, saves it and hands its events to the outbox. */
    private Uni<Invoice> change(Actor actor, UUID id, Long expectedVersion, Function<Invoice, Result<Invoice>> decision) {
        return invoices.findForUpdate(actor.tenantId(), id)
                .map(found -> Rejection.accepted(decision.apply(Rejection.current(found, "invoice", id, expectedVersion))))
                // The change and its announcement commit together: the publisher writes to the outbox in this transaction.
                .chain(changed -> invoices.save(changed.value()).call(() -> events.publish(changed.events())));
    }

    @Override
    @WithSession
    public Uni<Invoice> invoice(String tenantId, UUID id) {
        return invoices.find(tenantId, id).map(found -> found.orElseThrow(Rejection.missing("invoice", id)));
    }

    @Override
    @WithSession
    public Uni<Page<Invoice>> invoices(String tenantId, UUID salesOrderId, InvoiceStatus status, UUID dispatchId,
            PageRequest page) {
        return invoices.list(tenantId, salesOrderId, status, dispatchId, page);
    }

    @Override
    @WithSession
    public Uni<Map<String, BigDecimal>> revenue(String tenantId, UUID salesOrderId) {
        return invoices.totals(tenantId, salesOrderId, EARNING);
    }

    /** What invoicing takes from the order: the orders capability's aggregate stays there. */
    private static InvoicedOrder invoiced(SalesOrder order) {
        return new InvoicedOrder(order.id(), order.tenantId(), order.orderNumber(), order.customerId(), order.customerName(),
                order.currency());
    }

    /** The invoice's lines: each quantity of its order line, at the line's price (the order has checked them). */
    private static List<InvoiceLine> lines(SalesOrder order, List<LineQuantity> quantities) {
        Map<UUID, OrderLine> byId = order.lines().stream().collect(Collectors.toMap(OrderLine::id, line -> line));
        return quantities.stream().map(q -> {
            OrderLine line = byId.get(q.salesOrderLineId());
            return new InvoiceLine(line.id(), line.description(), q.quantity(), line.unitPrice());
        }).toList();
    }
}
