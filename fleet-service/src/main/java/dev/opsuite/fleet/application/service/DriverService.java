package dev.opsuite.fleet.application.service;

import dev.opsuite.fleet.application.port.in.ManageDriversUseCase;
import dev.opsuite.fleet.application.port.out.DriverNumbers;
import dev.opsuite.fleet.application.port.out.DriverStore;
import dev.opsuite.fleet.domain.Driver;
import dev.opsuite.fleet.domain.ReadinessCause;
import dev.opsuite.fleet.domain.SubjectRef;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

@ApplicationScoped
class DriverService implements ManageDriversUseCase {

    static final String WHAT = "driver";

    private final DriverStore drivers;
    private final DriverNumbers numbers;
    private final UnitReadiness readiness;
    private final Clock clock;

    DriverService(DriverStore drivers, DriverNumbers numbers, UnitReadiness readiness, Clock clock) {
        this.drivers = drivers;
        this.numbers = numbers;
        this.readiness = readiness;
        this.clock = clock;
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
        return drivers.findForUpdate(actor.tenantId(), command.driverId()).chain(driver -> {
            Rejection.found(driver, WHAT, command.driverId());
            Rejection.requireVersion(command.expectedVersion(), driver.version());
            var change = Rejection.orThrow(driver.update(command.name(), command.phone(), command.status(),
                    actor.userId(), clock.instant()));
            return drivers.save(driver).call(saved -> change.changed()
                    ? readiness.reassessUnitsOf(actor.tenantId(), SubjectRef.driver(saved.id()), ReadinessCause.DRIVER_CHANGED)
                    : Uni.createFrom().voidItem());
        });
    }

    @Override
    @WithSession
    public Uni<Driver> find(String tenantId, UUID id) {
        return drivers.find(tenantId, id).map(driver -> Rejection.found(driver, WHAT, id));
    }

    @Override
    @WithSession
    public Uni<Page<Driver>> search(String tenantId, DriverFilter filter, PageRequest page) {
        return drivers.search(tenantId, filter, page);
    }
}
