package dev.opsuite.console.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** GET /service-calls has no customer filter: the customer's page takes their calls from their history. */
class CustomerHistoryTest {

    @Test
    void the_calls_are_those_the_history_saw_created_once_each_oldest_first() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Customers.History history = new Customers.History(null, List.of(
                change("customer", UUID.randomUUID(), "CREATED"),
                change("service-call", first, "CREATED"),
                change("job", UUID.randomUUID(), "CREATED"),
                change("service-call", first, "CHANGED"),
                change("service-call", second, "CREATED")), null);

        assertThat(history.serviceCallIds()).containsExactly(first, second);
        assertThat(history.statusChanges()).isEmpty();
        assertThat(history.invoices()).isEmpty();
    }

    private static Customers.Change change(String type, UUID id, String action) {
        return new Customers.Change(type, id, action, 1, "carl", Instant.EPOCH);
    }
}
