package dev.opsuite.field.intake.application.service;

import dev.opsuite.field.intake.application.port.in.AddLocationUseCase;
import dev.opsuite.field.intake.application.port.in.FindLocationsQuery;
import dev.opsuite.field.intake.application.port.out.CustomerStore;
import dev.opsuite.field.intake.application.port.out.LocationStore;
import dev.opsuite.field.intake.domain.Location;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.domain.Envelope;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class LocationService implements AddLocationUseCase, FindLocationsQuery {

    private final LocationStore locations;
    private final CustomerStore customers;
    private final Clock clock;

    LocationService(LocationStore locations, CustomerStore customers, Clock clock) {
        this.locations = locations;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<Location> add(AddLocationCommand command) {
        String tenantId = command.actor().tenantId();
        return customers.find(tenantId, command.customerId())
                .map(found -> found.orElseThrow(Rejection.missing("customer", command.customerId())))
                .map(customer -> Rejection.orThrow(Location.add(
                        Envelope.created(UUID.randomUUID(), tenantId, command.actor().userId(), clock.instant()),
                        customer, command.label(), command.address(), command.accessNotes())))
                .call(locations::add);
    }

    @Override
    @WithSession
    public Uni<List<Location>> locations(String tenantId, UUID customerId) {
        return customers.find(tenantId, customerId)
                .map(found -> found.orElseThrow(Rejection.missing("customer", customerId)))
                .chain(customer -> locations.ofCustomer(tenantId, customerId));
    }

    @Override
    @WithSession
    public Uni<Location> location(String tenantId, UUID customerId, UUID id) {
        return locations.find(tenantId, id).map(found -> found.filter(l -> l.customerId().equals(customerId))
                .orElseThrow(Rejection.missing("location", id)));
    }
}
