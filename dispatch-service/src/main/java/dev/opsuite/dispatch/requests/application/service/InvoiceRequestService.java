package dev.opsuite.dispatch.requests.application.service;

import dev.opsuite.dispatch.dispatches.application.port.in.AttachInvoicesUseCase;
import dev.opsuite.dispatch.dispatches.application.port.in.AttachInvoicesUseCase.AttachInvoicesCommand;
import dev.opsuite.dispatch.dispatches.application.port.in.ChangeDispatchUseCase.Target;
import dev.opsuite.dispatch.dispatches.application.port.in.FindDispatchesQuery;
import dev.opsuite.dispatch.invoices.application.port.in.RecordIssuedInvoiceUseCase;
import dev.opsuite.dispatch.invoices.domain.IssuedInvoice;
import dev.opsuite.dispatch.requests.application.port.in.AnswerInvoiceRequestUseCase;
import dev.opsuite.dispatch.requests.application.port.in.RequestInvoiceUseCase;
import dev.opsuite.dispatch.requests.application.port.out.InvoiceRequestStore;
import dev.opsuite.dispatch.requests.domain.InvoiceRequest;
import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.application.RejectedException;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Invoice requests from dispatches, and billing's answers. An issued invoice that answers a request is attached to
 * the request's dispatch by the one who asked, in the same transaction as the projection's copy; when the dispatch no
 * longer takes invoices, the request says so instead of failing the event.
 */
@ApplicationScoped
class InvoiceRequestService implements RequestInvoiceUseCase, AnswerInvoiceRequestUseCase {

    private final InvoiceRequestStore requests;
    private final FindDispatchesQuery dispatches;
    private final AttachInvoicesUseCase attach;
    private final RecordIssuedInvoiceUseCase projection;
    private final EventPublisher events;
    private final Clock clock;

    InvoiceRequestService(InvoiceRequestStore requests, FindDispatchesQuery dispatches, AttachInvoicesUseCase attach,
            RecordIssuedInvoiceUseCase projection, EventPublisher events, Clock clock) {
        this.requests = requests;
        this.dispatches = dispatches;
        this.attach = attach;
        this.projection = projection;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<InvoiceRequest> request(RequestInvoiceCommand c) {
        Actor actor = c.actor();
        Instant now = clock.instant();
        return dispatches.dispatch(actor.tenantId(), c.dispatchId()).chain(d -> {
            if (!d.status().takesInvoices()) {
                throw Rejection.conflict("dispatch-closed-for-invoices", null, "Dispatch " + d.number() + " is " + d.status()
                        + "; invoices are requested only before it is completed.").toException();
            }
            var requested = Rejection.accepted(InvoiceRequest.request(UUID.randomUUID(), actor.tenantId(), d.id(), d.number(),
                    c.salesOrderId(), c.lines(), actor.userId(), now));
            return requests.add(requested.value()).call(() -> events.publish(requested.events()));
        });
    }

    @Override
    @WithSession
    public Uni<List<InvoiceRequest>> requests(String tenantId, UUID dispatchId) {
        return dispatches.dispatch(tenantId, dispatchId).chain(d -> requests.ofDispatch(tenantId, dispatchId));
    }

    @Override
    public Uni<Void> invoiceIssued(IssuedInvoice invoice) {
        Uni<Void> recorded = projection.record(invoice);
        if (invoice.requestId() == null) {
            return recorded;
        }
        return recorded.chain(() -> requests.find(invoice.tenantId(), invoice.requestId())).chain(found -> {
            if (found.isEmpty()) {
                // Another business's request id, or one never made here: the copy is all there is to keep.
                return Uni.createFrom().voidItem();
            }
            InvoiceRequest request = found.get();
            return attachFor(request, invoice).chain(note -> request.fulfil(invoice.invoiceId(), note, clock.instant())
                    ? requests.save(request).replaceWithVoid() : Uni.createFrom().voidItem());
        });
    }

    @Override
    public Uni<Void> rejected(String tenantId, UUID requestId, String reason, String detail, Instant at) {
        return requests.find(tenantId, requestId).chain(found -> found.filter(r -> r.reject(reason, detail, at))
                .map(r -> requests.save(r).replaceWithVoid()).orElseGet(() -> Uni.createFrom().voidItem()));
    }

    /** Attaches the invoice for the one who asked; null when it is on the dispatch, else why it stays off. */
    private Uni<String> attachFor(InvoiceRequest request, IssuedInvoice invoice) {
        Actor asker = new Actor(request.tenantId(), request.envelope().createdBy());
        return dispatches.dispatch(request.tenantId(), request.dispatchId()).chain(d -> {
            if (d.invoices().stream().anyMatch(i -> i.invoiceId().equals(invoice.invoiceId()))) {
                return Uni.createFrom().<String>nullItem();
            }
            if (!d.status().takesInvoices()) {
                return Uni.createFrom().item("Dispatch " + d.number() + " is " + d.status()
                        + "; the invoice was issued but not attached.");
            }
            return attach.attach(new AttachInvoicesCommand(new Target(asker, d.id(), null), List.of(invoice.invoiceId())))
                    .replaceWith((String) null);
        }).onFailure(RejectedException.class).recoverWithItem(e -> "Not attached: "
                + ((RejectedException) e).rejection().detail());
    }
}
