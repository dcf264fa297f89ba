package dev.opsuite.field.intake.domain;

import static dev.opsuite.field.testing.Decisions.accepted;
import static dev.opsuite.field.testing.Decisions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Result;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ServiceCallTest {

    static final Instant NOW = Instant.parse("2026-05-04T09:30:00Z");
    static final ServiceAddress ADDRESS = new ServiceAddress(" 12 Elm St ", "Springfield ", " 12345");

    @Test
    void a_new_call_is_open_and_not_a_callback() {
        ServiceCall call = accepted(ServiceCall.open(envelope(), "SC-2026-000001", customer(), null, " No heat ", Urgency.HIGH, null, null));

        assertThat(call.status()).isEqualTo(ServiceCallStatus.OPEN);
        assertThat(call.callback()).isFalse();
        assertThat(call.callbackOf()).isNull();
        assertThat(call.problem()).isEqualTo("No heat");
        assertThat(call.version()).isZero();
    }

    @Test
    void naming_an_earlier_call_of_the_customer_flags_a_callback() {
        Customer customer = customer();
        ServiceCall first = accepted(ServiceCall.open(envelope(), "SC-2026-000001", customer, null, "Leaking valve",
                Urgency.NORMAL, null, null));

        ServiceCall again = accepted(ServiceCall.open(envelope(), "SC-2026-000002", customer, null, "Still leaking",
                Urgency.HIGH, null, first));

        assertThat(again.callback()).isTrue();
        assertThat(again.callbackOf()).isEqualTo(first.id());
    }

    @Test
    void a_callback_on_another_customers_call_is_refused() {
        ServiceCall other = accepted(ServiceCall.open(envelope(), "SC-2026-000001", customer(), null, "Breaker trips",
                Urgency.LOW, null, null));

        var result = ServiceCall.open(envelope(), "SC-2026-000002", customer(), null, "Breaker trips again", Urgency.LOW,
                null, other);

        assertThat(result).isInstanceOfSatisfying(Result.Rejected.class, r -> {
            assertThat(r.code()).isEqualTo("callback-of-another-customer");
            assertThat(r.field()).isEqualTo("callbackOf");
        });
    }

    @Test
    void a_call_is_at_one_of_its_customers_locations_in_a_window_that_ends_after_it_starts() {
        Customer ann = customer();
        Location annsCabin = accepted(Location.add(envelope(), ann, " Cabin ", ADDRESS, " Key under the mat "));
        Location bobsShop = accepted(Location.add(envelope(), customer(), "Shop", ADDRESS, null));
        PreferredWindow morning = new PreferredWindow(NOW, NOW.plusSeconds(3 * 3600));

        ServiceCall call = accepted(ServiceCall.open(envelope(), "SC-2026-000001", ann, annsCabin, "No heat", Urgency.HIGH,
                morning, null));

        assertThat(call.locationId()).isEqualTo(annsCabin.id());
        assertThat(call.preferredWindow()).isEqualTo(morning);
        assertThat(annsCabin.label()).isEqualTo("Cabin");
        assertThat(annsCabin.accessNotes()).isEqualTo("Key under the mat");
        assertRejected(ServiceCall.open(envelope(), "n", ann, bobsShop, "No heat", Urgency.HIGH, null, null),
                "location-of-another-customer", "locationId");
        assertRejected(ServiceCall.open(envelope(), "n", ann, null, "No heat", Urgency.HIGH,
                new PreferredWindow(NOW, NOW), null), "preferred-window-inverted", "preferredWindow.to");
    }

    @Test
    void a_call_follows_its_jobs() {
        ServiceCall call = accepted(ServiceCall.open(envelope(), "SC-2026-000001", customer(), null, "No heat", Urgency.HIGH,
                null, null));
        Instant later = NOW.plusSeconds(60);

        assertThat(call.followJobs(new JobTally(2, 0, 0, 0), "dispatcher", later)).isSameAs(call);
        ServiceCall scheduled = call.followJobs(new JobTally(2, 1, 0, 0), "dispatcher", later);
        assertThat(scheduled.status()).isEqualTo(ServiceCallStatus.SCHEDULED);
        assertThat(scheduled.envelope().updatedBy()).isEqualTo("dispatcher");
        assertThat(scheduled.envelope().updatedAt()).isEqualTo(later);
        assertThat(call.followJobs(new JobTally(2, 0, 1, 0), "t", later).status())
                .as("one done, one still to schedule").isEqualTo(ServiceCallStatus.SCHEDULED);
        assertThat(call.followJobs(new JobTally(2, 0, 1, 1), "t", later).status()).isEqualTo(ServiceCallStatus.CLOSED);
        assertThat(call.followJobs(new JobTally(2, 0, 0, 2), "t", later).status()).isEqualTo(ServiceCallStatus.CANCELLED);
        assertThat(call.followJobs(new JobTally(2, 0, 0, 2), "t", later).takesJobs()).isFalse();
        assertThat(scheduled.takesJobs()).isTrue();
    }

    @Test
    void a_customer_is_trimmed_and_needs_a_phone_with_digits() {
        Customer customer = customer();
        assertThat(customer.serviceAddress()).isEqualTo(new ServiceAddress("12 Elm St", "Springfield", "12345"));
        assertThat(customer.email()).isNull();

        var result = Customer.register(envelope(), "Ann", "call me", null, ADDRESS);
        assertThat(result).isInstanceOfSatisfying(Result.Rejected.class, r -> assertThat(r.field()).isEqualTo("phone"));
    }

    private static Envelope envelope() {
        return Envelope.created(UUID.randomUUID(), "acme", "csr", NOW);
    }

    private static Customer customer() {
        return accepted(Customer.register(envelope(), " Ann Lee ", "555-0100", " ", ADDRESS));
    }
}
