package dev.opsuite.field.intake.domain;

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
        ServiceCall call = accepted(ServiceCall.open(envelope(), "SC-2026-000001", customer(), " No heat ", Urgency.HIGH, null));

        assertThat(call.status()).isEqualTo(ServiceCallStatus.OPEN);
        assertThat(call.callback()).isFalse();
        assertThat(call.callbackOf()).isNull();
        assertThat(call.problem()).isEqualTo("No heat");
        assertThat(call.version()).isZero();
    }

    @Test
    void naming_an_earlier_call_of_the_customer_flags_a_callback() {
        Customer customer = customer();
        ServiceCall first = accepted(ServiceCall.open(envelope(), "SC-2026-000001", customer, "Leaking valve",
                Urgency.NORMAL, null));

        ServiceCall again = accepted(ServiceCall.open(envelope(), "SC-2026-000002", customer, "Still leaking",
                Urgency.HIGH, first));

        assertThat(again.callback()).isTrue();
        assertThat(again.callbackOf()).isEqualTo(first.id());
    }

    @Test
    void a_callback_on_another_customers_call_is_refused() {
        ServiceCall other = accepted(ServiceCall.open(envelope(), "SC-2026-000001", customer(), "Breaker trips",
                Urgency.LOW, null));

        var result = ServiceCall.open(envelope(), "SC-2026-000002", customer(), "Breaker trips again", Urgency.LOW, other);

        assertThat(result).isInstanceOfSatisfying(Result.Rejected.class, r -> {
            assertThat(r.code()).isEqualTo("callback-of-another-customer");
            assertThat(r.field()).isEqualTo("callbackOf");
        });
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

    @SuppressWarnings("unchecked")
    private static <T> T accepted(Result<T> result) {
        assertThat(result).isInstanceOf(Result.Accepted.class);
        return ((Result.Accepted<T>) result).value();
    }
}
