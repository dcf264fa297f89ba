package dev.opsuite.field.intake.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.field.intake.application.port.in.RegisterCustomerUseCase;
import dev.opsuite.field.intake.application.port.in.RegisterCustomerUseCase.RegisterCustomerCommand;
import dev.opsuite.field.intake.domain.Customer;
import dev.opsuite.field.intake.domain.ServiceAddress;
import dev.opsuite.field.testing.InMemoryCustomers;
import dev.opsuite.support.application.RejectedException;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Seed 002: the CSR takes an inbound call and creates the customer, with the location the technicians drive to. */
class RegisterCustomerTest {

    static final Instant NOW = Instant.parse("2026-05-04T09:30:00Z");
    static final Actor CSR = new Actor("acme", "csr-jana");

    final InMemoryCustomers customers = new InMemoryCustomers();
    final RegisterCustomerUseCase register = new CustomerService(customers, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_csr_takes_on_a_customer_with_the_address_technicians_drive_to() {
        Customer customer = register.register(new RegisterCustomerCommand(CSR, " Ann Lee ", " +1 555 0100 ", " ",
                new ServiceAddress(" 12 Elm St ", "Springfield ", " 12345"))).await().indefinitely();

        assertThat(customer.name()).isEqualTo("Ann Lee");
        assertThat(customer.phone()).isEqualTo("+1 555 0100");
        assertThat(customer.email()).as("a blank email is no email").isNull();
        assertThat(customer.serviceAddress()).isEqualTo(new ServiceAddress("12 Elm St", "Springfield", "12345"));
        assertThat(customer.envelope().tenantId()).isEqualTo("acme");
        assertThat(customer.envelope().createdBy()).isEqualTo("csr-jana");
        assertThat(customer.envelope().createdAt()).isEqualTo(NOW);
        assertThat(customer.version()).isZero();
        assertThat(customers.all()).containsExactly(customer);
    }

    @Test
    void a_phone_without_digits_is_refused_naming_the_phone_and_nothing_is_kept() {
        assertThatThrownBy(() -> register.register(new RegisterCustomerCommand(CSR, "Ann Lee", "call me", null,
                new ServiceAddress("12 Elm St", "Springfield", "12345"))).await().indefinitely())
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.rejection().code()).isEqualTo("phone-without-digits");
                    assertThat(e.rejection().kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
                    assertThat(e.rejection().field()).isEqualTo("phone");
                });
        assertThat(customers.all()).isEmpty();
    }
}
