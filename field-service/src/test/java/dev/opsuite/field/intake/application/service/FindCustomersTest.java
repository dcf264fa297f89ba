package dev.opsuite.field.intake.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.field.intake.application.port.in.FindCustomersQuery;
import dev.opsuite.field.intake.application.port.in.RegisterCustomerUseCase.RegisterCustomerCommand;
import dev.opsuite.field.intake.domain.Customer;
import dev.opsuite.field.intake.domain.ServiceAddress;
import dev.opsuite.field.testing.InMemoryCustomers;
import dev.opsuite.support.application.RejectedException;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Seed 002: the CSR looks a caller up by name or phone; another business's customers stay out of sight. */
class FindCustomersTest {

    static final Actor CSR = new Actor("acme", "csr-jana");

    final InMemoryCustomers customers = new InMemoryCustomers();
    final CustomerService service = new CustomerService(customers,
            Clock.fixed(Instant.parse("2026-05-04T09:30:00Z"), ZoneOffset.UTC));
    final FindCustomersQuery find = service;

    @Test
    void a_caller_is_found_by_name_or_by_phone() {
        Customer ann = register(CSR, "Ann Lee", "555-0100");
        Customer bob = register(CSR, "Bob Stone", "555-0199");

        assertThat(find.customers("acme", "ann", page()).await().indefinitely().items()).containsExactly(ann);
        assertThat(find.customers("acme", "0199", page()).await().indefinitely().items()).containsExactly(bob);
        assertThat(find.customer("acme", ann.id()).await().indefinitely()).isEqualTo(ann);
    }

    @Test
    void another_businesss_customer_is_not_found() {
        Customer globexClient = register(new Actor("globex", "csr-globex"), "Globex client", "555-0300");

        assertThat(find.customers("acme", null, page()).await().indefinitely().total()).isZero();
        assertThatThrownBy(() -> find.customer("acme", globexClient.id()).await().indefinitely())
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.rejection().kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
                    assertThat(e.rejection().code()).isEqualTo("customer-not-found");
                });
        assertThatThrownBy(() -> find.customer("acme", UUID.randomUUID()).await().indefinitely())
                .isInstanceOf(RejectedException.class);
    }

    private Customer register(Actor actor, String name, String phone) {
        return service.register(new RegisterCustomerCommand(actor, name, phone, null,
                new ServiceAddress("12 Elm St", "Springfield", "12345"))).await().indefinitely();
    }

    private static PageRequest page() {
        return new PageRequest(1, 20, "createdAt", false);
    }
}
