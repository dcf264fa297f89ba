package dev.opsuite.field.intake.application.service;

import dev.opsuite.field.intake.application.port.in.FindServiceCallsQuery;
import dev.opsuite.field.intake.application.port.in.OpenServiceCallUseCase;
import dev.opsuite.field.intake.application.port.out.CustomerStore;
import dev.opsuite.support.application.DocumentNumbering;
import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.field.intake.application.port.out.ServiceCallStore;
import dev.opsuite.field.intake.application.port.in.FollowJobsUseCase;
import dev.opsuite.field.intake.application.port.out.LocationStore;
import dev.opsuite.field.intake.application.port.out.CompletedJobs;
import dev.opsuite.field.intake.domain.CallbackLink;
import dev.opsuite.field.intake.domain.CompletedJob;
import dev.opsuite.field.intake.domain.Customer;
import dev.opsuite.field.intake.domain.JobTally;
import dev.opsuite.field.intake.domain.Location;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.field.intake.domain.ServiceCall;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ServiceCallService implements OpenServiceCallUseCase, FindServiceCallsQuery, FollowJobsUseCase {

    /** The kind of document number service calls take: SC-2026-000001. */
    static final String NUMBER_PREFIX = "SC";

    private final ServiceCallStore calls;
    private final CompletedJobs completed;
    private final CustomerStore customers;
    private final LocationStore locations;
    private final DocumentNumbering numbers;
    private final EventPublisher events;
    private final Clock clock;

    ServiceCallService(ServiceCallStore calls, CompletedJobs completed, CustomerStore customers, LocationStore locations,
            DocumentNumbering numbers, EventPublisher events, Clock clock) {
        this.completed = completed;
        this.events = events;
        this.calls = calls;
        this.customers = customers;
        this.locations = locations;
        this.numbers = numbers;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<ServiceCall> open(OpenServiceCallCommand command) {
        Actor actor = command.actor();
        Instant now = clock.instant();
        return customers.find(actor.tenantId(), command.customerId())
                .map(customer -> customer.orElseThrow(() -> Rejection.unprocessable("customer-not-found", "customerId",
                        "No customer " + command.customerId() + " in this business.").toException()))
                .chain(customer -> location(actor.tenantId(), command.locationId())
                        .chain(location -> earlierCall(actor.tenantId(), command.callbackOf())
                                .map(earlier -> draft(command, customer, location.orElse(null), earlier.orElse(null), now))))
                .chain(draft -> callbackLink(draft, now).map(draft::linkedTo))
                // Numbered only once every rule has passed, so a refused call takes no number; the year is UTC's.
                .chain(draft -> numbers.next(actor.tenantId(), NUMBER_PREFIX, now.atZone(ZoneOffset.UTC).getYear())
                        .map(number -> numbered(draft, number)))
                .call(calls::add)
                .call(call -> events.publish(new ServiceCall.Opened(call)));
    }

    private static ServiceCall draft(OpenServiceCallCommand command, Customer customer, Location location,
            ServiceCall earlier, Instant now) {
        Envelope envelope = Envelope.created(UUID.randomUUID(), command.actor().tenantId(), command.actor().userId(), now);
        return Rejection.orThrow(ServiceCall.open(envelope, null, customer, location, command.problem(), command.urgency(),
                command.preferredWindow(), earlier));
    }

    private static ServiceCall numbered(ServiceCall c, String number) {
        return new ServiceCall(c.envelope(), number, c.customerId(), c.locationId(), c.problem(), c.urgency(),
                c.preferredWindow(), c.callbackOf(), c.callbackOfJob(), c.status());
    }

    /** The completed job the new call returns to, if it is a callback ({@link CallbackLink#decide}). */
    private Uni<Optional<CallbackLink>> callbackLink(ServiceCall call, Instant now) {
        Uni<Optional<CompletedJob>> ofFlagged = call.callbackOf() == null ? Uni.createFrom().item(Optional.empty())
                : completed.latestOfCall(call.tenantId(), call.callbackOf());
        return ofFlagged.chain(flagged -> completed.latestAt(call.tenantId(), call.customerId(), call.locationId(),
                        now.minus(CallbackLink.WINDOW), now)
                .map(samePlace -> CallbackLink.decide(now, flagged, samePlace)));
    }

    /** The location the call names; empty when none is named (the customer's service address). */
    private Uni<Optional<Location>> location(String tenantId, UUID locationId) {
        if (locationId == null) {
            return Uni.createFrom().item(Optional.empty());
        }
        return locations.find(tenantId, locationId).invoke(location -> location.orElseThrow(() -> Rejection.unprocessable(
                "location-not-found", "locationId", "No service location " + locationId + " in this business.")
                .toException()));
    }

    @Override
    @WithTransaction
    public Uni<Void> jobsChanged(Actor actor, UUID serviceCallId, JobTally tally) {
        return calls.find(actor.tenantId(), serviceCallId)
                .map(found -> found.orElseThrow(Rejection.missing("service-call", serviceCallId)))
                .chain(call -> {
                    ServiceCall following = call.followJobs(tally, actor.userId(), clock.instant());
                    return following == call ? Uni.createFrom().voidItem() : calls.update(following);
                });
    }

    /** The call a callback returns to; empty when none is named. */
    private Uni<Optional<ServiceCall>> earlierCall(String tenantId, UUID callbackOf) {
        if (callbackOf == null) {
            return Uni.createFrom().item(Optional.empty());
        }
        return calls.find(tenantId, callbackOf).invoke(call -> call.orElseThrow(() -> Rejection.unprocessable(
                "earlier-call-not-found", "callbackOf", "No service call " + callbackOf + " in this business to call back on.")
                .toException()));
    }

    @Override
    @WithSession
    public Uni<ServiceCall> serviceCall(String tenantId, UUID id) {
        return calls.find(tenantId, id).map(found -> found.orElseThrow(Rejection.missing("service-call", id)));
    }

    @Override
    @WithSession
    public Uni<List<ServiceCall>> callbacksOf(String tenantId, UUID jobId) {
        return calls.callbacksOf(tenantId, jobId);
    }

    @Override
    @WithSession
    public Uni<Page<ServiceCall>> serviceCalls(String tenantId, ServiceCallFilter filter, PageRequest page) {
        return calls.list(tenantId, filter, page);
    }
}
