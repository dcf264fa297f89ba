package dev.opsuite.field.intake.application.port.in;

import dev.opsuite.field.intake.domain.Customer;
import dev.opsuite.field.intake.domain.ServiceAddress;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;

/** Takes on a new customer. */
public interface RegisterCustomerUseCase {

    record RegisterCustomerCommand(Actor actor, String name, String phone, String email, ServiceAddress serviceAddress) {
    }

    Uni<Customer> register(RegisterCustomerCommand command);
}
