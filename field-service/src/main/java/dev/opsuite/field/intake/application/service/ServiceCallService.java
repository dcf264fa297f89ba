package dev.opsuite.field.intake.application.service;

import dev.opsuite.field.intake.application.port.in.FindServiceCallsQuery;
import dev.opsuite.field.intake.application.port.in.OpenServiceCallUseCase;
import dev.opsuite.field.intake.application.port.out.CustomerStore;
import dev.opsuite.support.application.DocumentNumbering;
import dev.opsuite.field.intake.application.port.out.ServiceCallStore;
import dev.opsuite.field.intake.domain.Customer;
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
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ServiceCallService implements OpenServiceCallUseCase, FindServiceCallsQuery {

    /** The kind of document number service calls take: SC-2026-000001. */
    static final String NUMBER_PREFIX = "SC";

    private final ServiceCallStore calls;
    private final CustomerStore customers;
    private final DocumentNumbering numbers;
    private final Clock clock;

    ServiceCallService(ServiceCallStore calls, CustomerStore customers, DocumentNumbering numbers, Clock clock) {
        this.calls = calls;
        this.customers = customers;
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
                .chain(customer -> earlierCall(actor.tenantId(), command.callbackOf())
                        // The year of the number is the year in UTC when the call is taken.
                        .chain(earlier -> numbers.next(actor.tenantId(), NUMBER_PREFIX, now.atZone(ZoneOffset.UTC).getYear())
                                .map(number -> open(command, customer, earlier.orElse(null), number, now))))
                .call(calls::add);
    }

    private static ServiceCall open(OpenServiceCallCommand command, Customer customer, ServiceCall earlier, String number,
            Instant now) {
        Envelope envelope = Envelope.created(UUID.randomUUID(), command.actor().tenantId(), command.actor().userId(), now);
        return Rejection.orThrow(ServiceCall.open(envelope, number, customer, command.problem(), command.urgency(), earlier));
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
    public Uni<Page<ServiceCall>> serviceCalls(String tenantId, ServiceCallFilter filter, PageRequest page) {
        return calls.list(tenantId, filter, page);
    }
}
