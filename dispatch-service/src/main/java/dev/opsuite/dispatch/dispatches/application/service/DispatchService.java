package dev.opsuite.dispatch.dispatches.application.service;

import dev.opsuite.dispatch.dispatches.application.port.in.AttachInvoicesUseCase;
import dev.opsuite.dispatch.dispatches.application.port.in.ChangeDispatchUseCase;
import dev.opsuite.dispatch.dispatches.application.port.in.CreateDispatchUseCase;
import dev.opsuite.dispatch.dispatches.application.port.out.DispatchPolicyStore;
import dev.opsuite.dispatch.dispatches.application.port.out.DispatchStore;
import dev.opsuite.dispatch.dispatches.domain.Booking;
import dev.opsuite.dispatch.dispatches.domain.Dispatch;
import dev.opsuite.dispatch.dispatches.domain.DispatchPolicy;
import dev.opsuite.dispatch.invoices.application.port.in.FindInvoicesQuery;
import dev.opsuite.dispatch.invoices.domain.InvoiceStatus;
import dev.opsuite.dispatch.invoices.domain.IssuedInvoice;
import dev.opsuite.dispatch.units.application.port.in.FindUnitsQuery;
import dev.opsuite.dispatch.units.domain.TransportUnit;
import dev.opsuite.dispatch.units.domain.TripTicket;
import dev.opsuite.dispatch.units.domain.TripTicketStatus;
import dev.opsuite.support.application.DocumentNumbering;
import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.domain.ImageType;
import dev.opsuite.support.domain.Result;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Dispatches from creation to close. The domain decides; the database holds what racing requests could break: a unit
 * in one live booking per moment (exclusion constraint), a trip ticket and an invoice on one live dispatch (partial
 * unique indexes). Every change and its events commit together through the outbox.
 */
@ApplicationScoped
class DispatchService implements CreateDispatchUseCase, ChangeDispatchUseCase, AttachInvoicesUseCase {

    static final String WHAT = "dispatch";
    static final String NUMBER_PREFIX = "DSP";

    private final DispatchStore dispatches;
    private final DispatchPolicyStore policies;
    private final FindUnitsQuery units;
    private final FindInvoicesQuery invoices;
    private final EventPublisher events;
    private final DocumentNumbering numbers;
    private final DispatchesConfig config;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    DispatchService(DispatchStore dispatches, DispatchPolicyStore policies, FindUnitsQuery units, FindInvoicesQuery invoices,
            EventPublisher events, DocumentNumbering numbers, DispatchesConfig config, Clock clock) {
        this.dispatches = dispatches;
        this.policies = policies;
        this.units = units;
        this.invoices = invoices;
        this.events = events;
        this.numbers = numbers;
        this.config = config;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<Dispatch> create(CreateDispatchCommand c) {
        Actor actor = c.actor();
        String tenant = actor.tenantId();
        Instant now = clock.instant();
        return book(tenant, c.unit(), c.tripTicketId(), c.datetime(), now).chain(booking ->
                candidates(tenant, c.invoiceIds()).chain(candidates ->
                        numbers.next(tenant, NUMBER_PREFIX, now.atZone(ZoneOffset.UTC).getYear())
                                .map(number -> Rejection.accepted(Dispatch.create(UUID.randomUUID(), tenant, number,
                                        c.datetime(), booking, candidates, actor.userId(), now)))
                                .chain(created -> dispatches.add(created.value())
                                        .call(() -> events.publish(created.events())))));
    }

    @Override
    @WithTransaction
    public Uni<Dispatch> edit(EditDispatchCommand c) {
        Instant now = clock.instant();
        return load(c.target()).chain(d -> {
            Instant datetime = c.datetime() != null ? c.datetime() : d.datetime();
            UUID unit = c.unit() != null ? c.unit() : d.booking().unitId();
            // A dispatch that has left is refused for its state, not for a unit that is out.
            Uni<Booking> booking = d.status().editable()
                    ? book(d.tenantId(), unit, d.booking().tripTicketId(), datetime, now)
                    : Uni.createFrom().item(d.booking());
            return booking.chain(b -> apply(d.edit(datetime, b, c.target().actor().userId(), now)));
        });
    }

    @Override
    @WithTransaction
    public Uni<Dispatch> schedule(Target target) {
        Instant now = clock.instant();
        return load(target).chain(d -> {
            Uni<Booking> booking = d.status().editable()
                    ? book(d.tenantId(), d.booking().unitId(), d.booking().tripTicketId(), d.datetime(), now)
                    : Uni.createFrom().item(d.booking());
            return booking.chain(b -> apply(d.schedule(b, target.actor().userId(), now)));
        });
    }

    @Override
    @WithTransaction
    public Uni<Dispatch> dispatch(Target target) {
        return load(target).chain(d -> apply(d.dispatch(target.actor().userId(), clock.instant())));
    }

    @Override
    @WithTransaction
    public Uni<Dispatch> uploadProof(UploadProofCommand c) {
        if (c.size() > config.maxBytes()) {
            throw Rejection.tooLarge("proof-too-large", "file", "A signature or photo has at most " + config.maxBytes()
                    + " bytes.").toException();
        }
        if (c.size() == 0) {
            throw Rejection.unprocessable("proof-empty", "file", "The file is empty.").toException();
        }
        Actor actor = c.target().actor();
        Instant now = clock.instant();
        return c.content().chain(content -> {
            ImageType type = ImageType.detect(content).orElseThrow(() -> Rejection.unsupportedType("unsupported-proof-type",
                    "file", "A signature or photo is a JPEG, PNG or HEIC image (recognised by its content).").toException());
            return load(c.target()).chain(d -> apply(d.proofUploaded(actor.userId(), now))
                    .call(saved -> dispatches.keepProof(actor.tenantId(), saved.id(), type.mediaType(), c.fileName(), content,
                            actor.userId(), now)));
        });
    }

    @Override
    @WithTransaction
    public Uni<Dispatch> complete(CompleteDispatchCommand c) {
        return load(c.target()).chain(d -> apply(d.complete(c.recipientName(), c.receivedAt(),
                c.target().actor().userId(), clock.instant())));
    }

    @Override
    @WithTransaction
    public Uni<Dispatch> close(Target target) {
        return load(target).chain(d -> apply(d.close(target.actor().userId(), clock.instant())));
    }

    @Override
    @WithTransaction
    public Uni<Dispatch> cancel(CancelDispatchCommand c) {
        return load(c.target()).chain(d -> processed(d).chain(processed -> apply(d.cancel(c.reason(), processed,
                c.target().actor().userId(), clock.instant()))));
    }

    @Override
    @WithTransaction
    public Uni<Void> delete(DeleteDispatchCommand c) {
        String user = c.target().actor().userId();
        return load(c.target()).chain(d -> {
            if (c.onlyOwnEarly() && !d.deletableByItsDispatcher(user)) {
                throw Rejection.forbidden("dispatch-delete-limited", "A dispatcher deletes only dispatches they created "
                        + "that are still DRAFT or PENDING; " + d.number() + " was created by " + d.envelope().createdBy()
                        + " and is " + d.status() + ".").toException();
            }
            return processed(d).chain(processed -> apply(d.delete(processed, user, clock.instant())));
        }).replaceWithVoid();
    }

    @Override
    @WithTransaction
    public Uni<Dispatch> attach(AttachInvoicesCommand c) {
        return load(c.target()).chain(d -> candidates(d.tenantId(), c.invoiceIds())
                .chain(candidates -> apply(d.attach(candidates, c.target().actor().userId(), clock.instant()))));
    }

    @Override
    @WithTransaction
    public Uni<Dispatch> detach(DetachInvoiceCommand c) {
        return load(c.target()).chain(d -> invoices.invoices(d.tenantId(), List.of(c.invoiceId())).chain(found -> {
            boolean processed = found.stream().anyMatch(i -> i.status() == InvoiceStatus.PROCESSED);
            return apply(d.detach(c.invoiceId(), processed, c.target().actor().userId(), clock.instant()));
        }));
    }

    /** The unit and ticket as fleet last announced them, booked under the business's policy. */
    private Uni<Booking> book(String tenant, UUID unitId, UUID ticketId, Instant datetime, Instant now) {
        return policy(tenant).chain(policy -> units.unit(tenant, unitId).chain(unit -> units.tripTicket(tenant, ticketId)
                .map(ticket -> Rejection.orThrow(Dispatch.book(unit.map(DispatchService::unit).orElse(null), unitId,
                        ticket.map(DispatchService::ticket).orElse(null), ticketId, datetime, policy, now)))));
    }

    private Uni<DispatchPolicy> policy(String tenant) {
        return policies.find(tenant).map(p -> p.orElse(DispatchPolicy.DEFAULT));
    }

    /** The invoices named, as the projection has them: each must be there (issued in this business), 422 otherwise. */
    private Uni<List<Dispatch.Candidate>> candidates(String tenant, List<UUID> ids) {
        return invoices.invoices(tenant, ids).map(found -> {
            Map<UUID, IssuedInvoice> byId = found.stream().collect(Collectors.toMap(IssuedInvoice::invoiceId, Function.identity()));
            return ids.stream().map(id -> {
                IssuedInvoice i = byId.get(id);
                if (i == null) {
                    throw Rejection.unprocessable("invoice-not-found", "invoiceIds", "No issued invoice " + id
                            + " of a sales order of this business.").toException();
                }
                return new Dispatch.Candidate(i.invoiceId(), i.invoiceNumber(), i.salesOrderId(), i.customerId(),
                        i.status() == InvoiceStatus.VOID);
            }).toList();
        });
    }

    /** The invoices on the dispatch that billing has processed (paid or posted). */
    private Uni<Set<UUID>> processed(Dispatch d) {
        List<UUID> on = d.invoices().stream().map(a -> a.invoiceId()).toList();
        return invoices.invoices(d.tenantId(), on).map(found -> found.stream()
                .filter(i -> i.status() == InvoiceStatus.PROCESSED).map(IssuedInvoice::invoiceId).collect(Collectors.toSet()));
    }

    private Uni<Dispatch> load(Target target) {
        return dispatches.find(target.actor().tenantId(), target.dispatchId())
                .map(found -> Rejection.current(found, WHAT, target.dispatchId(), target.expectedVersion()));
    }

    private Uni<Dispatch> apply(Result<Dispatch> result) {
        Result.Accepted<Dispatch> accepted = Rejection.accepted(result);
        return dispatches.save(accepted.value()).call(() -> events.publish(accepted.events()));
    }

    static Dispatch.Unit unit(TransportUnit u) {
        return new Dispatch.Unit(u.id(), u.driverId(), u.vehicleId(), u.trailerId(), u.bookable(), u.reasons());
    }

    static Dispatch.Ticket ticket(TripTicket t) {
        return new Dispatch.Ticket(t.id(), t.number(), t.driverId(), t.vehicleId(), t.plannedFrom(), t.plannedTo(),
                t.status() == TripTicketStatus.OPEN, t.orderReference());
    }
}
