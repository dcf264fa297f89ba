package dev.opsuite.field.intake.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.field.intake.application.port.in.AddLocationUseCase.AddLocationCommand;
import dev.opsuite.field.intake.application.port.in.RegisterCustomerUseCase.RegisterCustomerCommand;
import dev.opsuite.field.intake.domain.Customer;
import dev.opsuite.field.intake.domain.Location;
import dev.opsuite.field.intake.domain.ServiceAddress;
import dev.opsuite.field.testing.InMemoryCustomers;
import dev.opsuite.field.testing.InMemoryLocations;
import dev.opsuite.support.application.RejectedException;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Seed 002: one customer, several service locations, each with its address and how the technician gets in. */
class AddLocationTest {

    static final Instant NOW = Instant.parse("2026-05-04T09:30:00Z");
    static final Actor CSR = new Actor("acme", "csr-jana");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    final InMemoryCustomers customers = new InMemoryCustomers();
    final InMemoryLocations locations = new InMemoryLocations();
    final LocationService service = new LocationService(locations, customers, CLOCK);

    @Test
    void a_customer_gets_several_locations_read_back_in_the_order_added() {
        Customer ann = customer(CSR);
        Location home = add(ann.id(), "Home", "Gate code 4711");
        Location cabin = add(ann.id(), "Cabin", null);

        assertThat(home.accessNotes()).isEqualTo("Gate code 4711");
        assertThat(home.envelope().createdBy()).isEqualTo("csr-jana");
        assertThat(service.locations("acme", ann.id()).await().indefinitely()).containsExactly(home, cabin);
        assertThat(service.location("acme", ann.id(), cabin.id()).await().indefinitely()).isEqualTo(cabin);
    }

    @Test
    void an_unknown_or_other_businesss_customer_is_not_found_and_a_location_is_read_only_under_its_customer() {
        Customer globexClient = customer(new Actor("globex", "csr"));
        Customer ann = customer(CSR);
        Location home = add(ann.id(), "Home", null);

        assertNotFound(() -> add(globexClient.id(), "Shop", null));
        assertNotFound(() -> service.locations("acme", UUID.randomUUID()).await().indefinitely());
        assertNotFound(() -> service.location("acme", customer(CSR).id(), home.id()).await().indefinitely());
        assertThat(locations.all()).containsExactly(home);
    }

    private Location add(UUID customerId, String label, String notes) {
        return service.add(new AddLocationCommand(CSR, customerId, label,
                new ServiceAddress("1 Lake Rd", "Springfield", "12345"), notes)).await().indefinitely();
    }

    private Customer customer(Actor actor) {
        return new CustomerService(customers, CLOCK).register(new RegisterCustomerCommand(actor, "Ann Lee", "555-0100",
                null, new ServiceAddress("12 Elm St", "Springfield", "12345"))).await().indefinitely();
    }

    private static void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.rejection().kind()).isEqualTo(Rejection.Kind.NOT_FOUND));
    }
}
