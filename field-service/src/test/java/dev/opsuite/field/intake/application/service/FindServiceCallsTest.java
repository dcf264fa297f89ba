package dev.opsuite.field.intake.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.field.intake.application.port.in.FindServiceCallsQuery;
import dev.opsuite.field.intake.application.port.in.FindServiceCallsQuery.ServiceCallFilter;
import dev.opsuite.field.intake.application.port.in.OpenServiceCallUseCase.OpenServiceCallCommand;
import dev.opsuite.field.intake.application.port.in.RegisterCustomerUseCase.RegisterCustomerCommand;
import dev.opsuite.field.intake.domain.Customer;
import dev.opsuite.field.intake.domain.ServiceAddress;
import dev.opsuite.field.intake.domain.ServiceCall;
import dev.opsuite.field.intake.domain.ServiceCallStatus;
import dev.opsuite.field.intake.domain.Urgency;
import dev.opsuite.testing.fakes.CountingDocumentNumbers;
import dev.opsuite.field.testing.InMemoryCustomers;
import dev.opsuite.field.testing.InMemoryCompletedJobs;
import dev.opsuite.field.testing.InMemoryLocations;
import dev.opsuite.field.testing.InMemoryServiceCalls;
import dev.opsuite.support.application.RejectedException;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Seed 002: the dispatcher sees the open calls by urgency, to put the emergencies on the board first. */
class FindServiceCallsTest {

    static final Actor CSR = new Actor("acme", "csr-jana");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T09:30:00Z"), ZoneOffset.UTC);

    final InMemoryCustomers customers = new InMemoryCustomers();
    final InMemoryServiceCalls calls = new InMemoryServiceCalls();
    final ServiceCallService service = new ServiceCallService(calls, new InMemoryCompletedJobs(), customers, new InMemoryLocations(),
            new CountingDocumentNumbers(), new RecordingEventPublisher(), CLOCK);
    final FindServiceCallsQuery find = service;

    @Test
    void the_open_emergencies_are_listed_apart_from_the_rest() {
        Customer ann = customer(CSR);
        ServiceCall noHeat = open(CSR, ann, Urgency.EMERGENCY);
        open(CSR, ann, Urgency.LOW);

        var emergencies = find.serviceCalls("acme", new ServiceCallFilter(ServiceCallStatus.OPEN, Urgency.EMERGENCY), page())
                .await().indefinitely();

        assertThat(emergencies.items()).containsExactly(noHeat);
        assertThat(emergencies.total()).isEqualTo(1);
        assertThat(find.serviceCalls("acme", new ServiceCallFilter(null, null), page()).await().indefinitely().total())
                .isEqualTo(2);
        assertThat(find.serviceCall("acme", noHeat.id()).await().indefinitely()).isEqualTo(noHeat);
    }

    @Test
    void another_businesss_call_is_not_found() {
        Actor globex = new Actor("globex", "csr-globex");
        ServiceCall theirs = open(globex, customer(globex), Urgency.HIGH);

        assertThat(find.serviceCalls("acme", new ServiceCallFilter(null, null), page()).await().indefinitely().total())
                .isZero();
        assertThatThrownBy(() -> find.serviceCall("acme", theirs.id()).await().indefinitely())
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.rejection().kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
                    assertThat(e.rejection().code()).isEqualTo("service-call-not-found");
                });
    }

    private ServiceCall open(Actor actor, Customer customer, Urgency urgency) {
        return service.open(new OpenServiceCallCommand(actor, customer.id(), null, "No heat", urgency, null, null)).await().indefinitely();
    }

    private Customer customer(Actor actor) {
        return new CustomerService(customers, CLOCK).register(new RegisterCustomerCommand(actor, "Ann Lee", "555-0100", null,
                new ServiceAddress("12 Elm St", "Springfield", "12345"))).await().indefinitely();
    }

    private static PageRequest page() {
        return new PageRequest(1, 20, "createdAt", false);
    }
}
