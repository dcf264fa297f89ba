package dev.opsuite.field.intake.application.service;

import dev.opsuite.field.intake.application.port.in.FindCustomersQuery;
import dev.opsuite.field.intake.application.port.in.RegisterCustomerUseCase;
import dev.opsuite.field.intake.application.port.out.CustomerStore;
import dev.opsuite.field.intake.domain.Customer;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

@ApplicationScoped
class CustomerService implements RegisterCustomerUseCase, FindCustomersQuery {

    private final CustomerStore customers;
    private final Clock clock;

    CustomerService(CustomerStore customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<Customer> register(RegisterCustomerCommand command) {
        Envelope envelope = Envelope.created(UUID.randomUUID(), command.actor().tenantId(), command.actor().userId(),
                clock.instant());
        Customer customer = Rejection.orThrow(Customer.register(envelope, command.name(), command.phone(), command.email(),
                command.serviceAddress()));
        return customers.add(customer).replaceWith(customer);
    }

    @Override
    @WithSession
    public Uni<Customer> customer(String tenantId, UUID id) {
        return customers.find(tenantId, id).map(found -> found.orElseThrow(Rejection.missing("customer", id)));
    }

    @Override
    @WithSession
    public Uni<Page<Customer>> customers(String tenantId, String search, PageRequest page) {
        return customers.list(tenantId, search, page);
    }
}
