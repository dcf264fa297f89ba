package dev.opsuite.inventory.catalog.application.service;

import dev.opsuite.inventory.catalog.application.port.in.ManageLocationsUseCase;
import dev.opsuite.inventory.catalog.application.port.out.LocationStore;
import dev.opsuite.inventory.catalog.domain.Location;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

@ApplicationScoped
public class LocationService implements ManageLocationsUseCase {

    static final String WHAT = "location";

    private final LocationStore locations;
    private final Clock clock;

    public LocationService(LocationStore locations, Clock clock) {
        this.locations = locations;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<Location> open(OpenLocationCommand command) {
        Actor actor = command.actor();
        return Uni.createFrom().item(() -> Rejection.orThrow(Location.open(
                        Envelope.created(UUID.randomUUID(), actor.tenantId(), actor.userId(), clock.instant()),
                        command.type(), command.name(), command.code(), command.address(), command.vehicleId())))
                .call(locations::add);
    }

    @Override
    @WithTransaction
    public Uni<Location> update(UpdateLocationCommand command) {
        Actor actor = command.actor();
        return locations.find(actor.tenantId(), command.locationId())
                .map(found -> {
                    Location location = Rejection.current(found, WHAT, command.locationId(), command.expectedVersion());
                    return Rejection.orThrow(location.update(command.name(), command.code(), command.address(),
                            command.active(), actor.userId(), clock.instant()));
                })
                .chain(locations::save);
    }

    @Override
    @WithSession
    public Uni<Location> find(String tenantId, UUID id) {
        return locations.find(tenantId, id).map(found -> found.orElseThrow(Rejection.missing(WHAT, id)));
    }

    @Override
    @WithSession
    public Uni<Page<Location>> search(String tenantId, LocationFilter filter, PageRequest page) {
        return locations.search(tenantId, filter.type(), filter.active(), filter.text(), page);
    }
}
