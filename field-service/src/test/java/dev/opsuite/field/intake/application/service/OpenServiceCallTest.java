package dev.opsuite.field.intake.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.field.intake.application.port.in.OpenServiceCallUseCase;
import dev.opsuite.field.intake.application.port.in.OpenServiceCallUseCase.OpenServiceCallCommand;
import dev.opsuite.field.intake.application.port.in.RegisterCustomerUseCase.RegisterCustomerCommand;
import dev.opsuite.field.intake.application.port.in.AddLocationUseCase.AddLocationCommand;
import dev.opsuite.field.intake.domain.CallbackLink;
import dev.opsuite.field.intake.domain.CompletedJob;
import dev.opsuite.field.intake.domain.Customer;
import dev.opsuite.field.intake.domain.Location;
import dev.opsuite.field.intake.domain.PreferredWindow;
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
import dev.opsuite.support.tenancy.Actor;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Seed 002: a customer call becomes a service call capturing the problem and the urgency, OPEN until a job is on
 * the board; a return visit for something that should have been fixed the first time is flagged as a callback.
 */
class OpenServiceCallTest {

    static final Instant NOW = Instant.parse("2026-05-04T09:30:00Z");
    static final Actor CSR = new Actor("acme", "csr-jana");

    final InMemoryCustomers customers = new InMemoryCustomers();
    final InMemoryServiceCalls calls = new InMemoryServiceCalls();
    final InMemoryLocations locations = new InMemoryLocations();
    final InMemoryCompletedJobs completed = new InMemoryCompletedJobs();
    final CountingDocumentNumbers numbers = new CountingDocumentNumbers();
    final RecordingEventPublisher events = new RecordingEventPublisher();

    @Test
    void a_call_opens_as_an_open_service_call_numbered_in_its_year() {
        Customer ann = customer("Ann Lee");

        ServiceCall call = open(NOW, ann.id(), Urgency.EMERGENCY, null);

        assertThat(call.number()).isEqualTo("SC-2026-000001");
        assertThat(call.status()).isEqualTo(ServiceCallStatus.OPEN);
        assertThat(call.urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(call.problem()).isEqualTo("No heat in the living room");
        assertThat(call.customerId()).isEqualTo(ann.id());
        assertThat(call.callback()).isFalse();
        assertThat(call.envelope().createdBy()).isEqualTo("csr-jana");
        assertThat(calls.all()).containsExactly(call);
        assertThat(events.published(ServiceCall.Opened.class)).extracting(ServiceCall.Opened::call).containsExactly(call);
        assertThat(open(NOW, ann.id(), Urgency.LOW, null).number()).isEqualTo("SC-2026-000002");
    }

    @Test
    void the_year_of_the_number_is_the_utc_year_also_when_prague_already_celebrates_the_next() {
        Customer ann = customer("Ann Lee");
        Instant lateOnNewYearsEve = Instant.parse("2026-12-31T23:30:00Z");
        assertThat(lateOnNewYearsEve.atZone(ZoneId.of("Europe/Prague")).getYear()).isEqualTo(2027);

        assertThat(open(lateOnNewYearsEve, ann.id(), Urgency.HIGH, null).number()).isEqualTo("SC-2026-000001");
        assertThat(open(Instant.parse("2027-01-01T00:00:00Z"), ann.id(), Urgency.HIGH, null).number())
                .as("a new year starts its own sequence").isEqualTo("SC-2027-000001");
    }

    @Test
    void naming_an_earlier_call_of_the_customer_flags_a_callback() {
        Customer carla = customer("Carla");
        ServiceCall first = open(NOW, carla.id(), Urgency.NORMAL, null);

        ServiceCall again = open(NOW, carla.id(), Urgency.HIGH, first.id());

        assertThat(again.callback()).isTrue();
        assertThat(again.callbackOf()).isEqualTo(first.id());
    }

    @Test
    void a_call_for_the_same_customer_and_place_within_30_days_of_a_completion_is_a_callback_of_that_job() {
        Customer ann = customer("Ann Lee");
        Location cabin = location(ann, "Cabin");
        UUID mia = UUID.randomUUID();
        UUID ned = UUID.randomUUID();
        completed.completed(UUID.randomUUID(), ann.id(), cabin.id(), ned, NOW.minus(Duration.ofDays(20)));
        CompletedJob latest = completed.completed(UUID.randomUUID(), ann.id(), cabin.id(), mia,
                NOW.minus(Duration.ofDays(30)).plus(Duration.ofDays(12)));
        completed.completed(UUID.randomUUID(), ann.id(), null, ned, NOW.minus(Duration.ofDays(1)));

        ServiceCall again = open(new OpenServiceCallCommand(CSR, ann.id(), cabin.id(), "Still cold", Urgency.HIGH, null,
                null));

        assertThat(again.callback()).as("not flagged, yet a callback").isTrue();
        assertThat(again.callbackOf()).isNull();
        assertThat(again.callbackOfJob()).isEqualTo(new CallbackLink(latest.jobId(), mia, latest.completedAt(), 18));
        assertThat(calls.all()).containsExactly(again);
    }

    @Test
    void exactly_30_days_after_is_still_a_callback_31_days_after_is_not() {
        Customer ann = customer("Ann Lee");
        completed.completed(UUID.randomUUID(), ann.id(), null, UUID.randomUUID(), NOW.minus(Duration.ofDays(30)));
        assertThat(open(NOW, ann.id(), Urgency.LOW, null).callbackOfJob().daysAfter()).isEqualTo(30);

        Customer bob = customer("Bob");
        completed.completed(UUID.randomUUID(), bob.id(), null, UUID.randomUUID(),
                NOW.minus(Duration.ofDays(30)).minusSeconds(1));
        ServiceCall late = open(NOW, bob.id(), Urgency.LOW, null);
        assertThat(late.callback()).isFalse();
        assertThat(late.callbackOfJob()).isNull();
    }

    @Test
    void another_place_of_the_customer_is_no_callback() {
        Customer ann = customer("Ann Lee");
        completed.completed(UUID.randomUUID(), ann.id(), location(ann, "Cabin").id(), UUID.randomUUID(),
                NOW.minus(Duration.ofDays(2)));

        assertThat(open(NOW, ann.id(), Urgency.LOW, null).callback()).as("at the service address").isFalse();
    }

    @Test
    void a_flagged_call_is_linked_to_the_latest_completed_job_of_the_call_it_names_however_old() {
        Customer carla = customer("Carla");
        ServiceCall first = open(NOW, carla.id(), Urgency.NORMAL, null);
        UUID mia = UUID.randomUUID();
        completed.completed(first.id(), carla.id(), null, UUID.randomUUID(), NOW.minus(Duration.ofDays(90)));
        CompletedJob last = completed.completed(first.id(), carla.id(), null, mia, NOW.minus(Duration.ofDays(60)));

        ServiceCall again = open(NOW, carla.id(), Urgency.HIGH, first.id());

        assertThat(again.callbackOfJob()).isEqualTo(new CallbackLink(last.jobId(), mia, last.completedAt(), 60));
    }

    @Test
    void a_flagged_call_whose_call_has_no_completed_job_yet_is_a_callback_without_a_job() {
        Customer carla = customer("Carla");
        ServiceCall first = open(NOW, carla.id(), Urgency.NORMAL, null);

        ServiceCall again = open(NOW, carla.id(), Urgency.HIGH, first.id());

        assertThat(again.callback()).isTrue();
        assertThat(again.callbackOfJob()).isNull();
    }

    @Test
    void a_callback_returns_to_an_existing_call_of_the_same_customer() {
        Customer dan = customer("Dan");
        ServiceCall evesCall = open(NOW, customer("Eve").id(), Urgency.NORMAL, null);

        assertRefused(() -> open(NOW, dan.id(), Urgency.HIGH, UUID.randomUUID()), "earlier-call-not-found", "callbackOf");
        assertRefused(() -> open(NOW, dan.id(), Urgency.HIGH, evesCall.id()), "callback-of-another-customer", "callbackOf");
        assertThat(calls.all()).containsExactly(evesCall);
    }

    @Test
    void an_unknown_customer_is_refused_naming_the_customer_and_takes_no_number() {
        assertRefused(() -> open(NOW, UUID.randomUUID(), Urgency.NORMAL, null), "customer-not-found", "customerId");

        assertThat(numbers.taken()).isZero();
        assertThat(calls.all()).isEmpty();
        assertThat(events.published()).isEmpty();
    }

    @Test
    void another_businesss_customer_is_unknown_here() {
        Customer globexClient = customer(new Actor("globex", "csr-globex"), "Globex client");

        assertRefused(() -> open(NOW, globexClient.id(), Urgency.NORMAL, null), "customer-not-found", "customerId");
    }

    @Test
    void the_csr_names_where_among_the_customers_locations_and_when_the_customer_would_like_someone() {
        Customer ann = customer("Ann Lee");
        Location cabin = location(ann, "Cabin");
        PreferredWindow tomorrowMorning = new PreferredWindow(Instant.parse("2026-05-05T07:00:00Z"),
                Instant.parse("2026-05-05T11:00:00Z"));

        ServiceCall call = open(new OpenServiceCallCommand(CSR, ann.id(), cabin.id(), "No heat", Urgency.HIGH,
                tomorrowMorning, null));

        assertThat(call.locationId()).isEqualTo(cabin.id());
        assertThat(call.preferredWindow()).isEqualTo(tomorrowMorning);
    }

    @Test
    void a_location_must_be_one_of_the_customers_and_a_refused_call_takes_no_number() {
        Customer ann = customer("Ann Lee");
        Location bobsShop = location(customer("Bob"), "Shop");

        assertRefused(() -> open(new OpenServiceCallCommand(CSR, ann.id(), UUID.randomUUID(), "x", Urgency.LOW, null, null)),
                "location-not-found", "locationId");
        assertRefused(() -> open(new OpenServiceCallCommand(CSR, ann.id(), bobsShop.id(), "x", Urgency.LOW, null, null)),
                "location-of-another-customer", "locationId");
        assertThat(numbers.taken()).isZero();
        assertThat(calls.all()).isEmpty();
    }

    private ServiceCall open(Instant at, UUID customerId, Urgency urgency, UUID callbackOf) {
        return open(at, new OpenServiceCallCommand(CSR, customerId, null, " No heat in the living room ", urgency, null,
                callbackOf));
    }

    private ServiceCall open(OpenServiceCallCommand command) {
        return open(NOW, command);
    }

    private ServiceCall open(Instant at, OpenServiceCallCommand command) {
        OpenServiceCallUseCase useCase = new ServiceCallService(calls, completed, customers, locations, numbers, events,
                Clock.fixed(at, ZoneOffset.UTC));
        return useCase.open(command).await().indefinitely();
    }

    private Location location(Customer customer, String label) {
        return new LocationService(locations, customers, Clock.fixed(NOW, ZoneOffset.UTC))
                .add(new AddLocationCommand(CSR, customer.id(), label, new ServiceAddress("1 Lake Rd", "Springfield", "12345"),
                        null))
                .await().indefinitely();
    }

    private Customer customer(String name) {
        return customer(CSR, name);
    }

    private Customer customer(Actor actor, String name) {
        return new CustomerService(customers, Clock.fixed(NOW, ZoneOffset.UTC))
                .register(new RegisterCustomerCommand(actor, name, "555-0100", null,
                        new ServiceAddress("12 Elm St", "Springfield", "12345")))
                .await().indefinitely();
    }

    private static void assertRefused(ThrowingCallable call, String code, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RejectedException.class, e -> {
            assertThat(e.rejection().code()).isEqualTo(code);
            assertThat(e.rejection().kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
            assertThat(e.rejection().field()).isEqualTo(field);
        });
    }
}
