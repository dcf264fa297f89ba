package dev.opsuite.fleet.drivers.application.service;

import dev.opsuite.fleet.drivers.application.port.in.FindDriversQuery;
import dev.opsuite.fleet.drivers.application.port.in.ManageDriversUseCase;
import dev.opsuite.fleet.drivers.application.port.out.DriverNumbers;
import dev.opsuite.fleet.drivers.application.port.out.DriverStore;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.domain.Result;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import dev.opsuite.fleet.kernel.application.StoredLookup;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

@ApplicationScoped
class DriverService extends StoredLookup<Driver> implements ManageDriversUseCase, FindDriversQuery {

    static final String WHAT = "driver";

    private final DriverStore drivers;
    private final DriverNumbers numbers;
    private final EventPublisher events;
    private final Clock clock;

    DriverService(DriverStore drivers, DriverNumbers numbers, EventPublisher events, Clock clock) {
        this.drivers = drivers;
        this.numbers = numbers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    protected DriverStore store() {
        return drivers;
    }

    @Override
    @WithTransaction
    public Uni<Driver> register(RegisterDriverCommand command) {
        Actor actor = command.actor();
        // A refused driver rolls the transaction back, and with it the number it drew: no gap.
        return numbers.next(actor.tenantId())
                .map(number -> Rejection.orThrow(Driver.register(UUID.randomUUID(), actor.tenantId(), number,
                        command.name(), command.phone(), actor.userId(), clock.instant())))
                .chain(drivers::add);
    }

    @Override
    @WithTransaction
    public Uni<Driver> update(UpdateDriverCommand command) {
        Actor actor = command.actor();
        return drivers.findForUpdate(actor.tenantId(), command.driverId())
                .map(found -> found.orElseThrow(Rejection.missing(WHAT, command.driverId())))
                .chain(driver -> {
                    Rejection.requireVersion(command.expectedVersion(), driver.version());
                    Result.Accepted<Driver> updated = Rejection.accepted(driver.update(command.name(), command.phone(),
                            command.status(), actor.userId(), clock.instant()));
                    return drivers.save(driver).call(() -> events.publish(updated.events()));
                });
    }

    @Override
    @WithSession
    public Uni<Driver> driver(String tenantId, UUID id) {
        return drivers.find(tenantId, id).map(found -> found.orElseThrow(Rejection.missing(WHAT, id)));
    }

    @Override
    @WithSession
    public Uni<Page<Driver>> search(String tenantId, DriverFilter filter, PageRequest page) {
        return drivers.search(tenantId, filter, page);
    }
}
