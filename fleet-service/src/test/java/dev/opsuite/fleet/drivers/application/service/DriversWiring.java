package dev.opsuite.fleet.drivers.application.service;

import dev.opsuite.fleet.drivers.application.port.in.FindDriversQuery;
import dev.opsuite.fleet.drivers.application.port.in.ManageDriversUseCase;
import dev.opsuite.fleet.testing.InMemoryDrivers;
import dev.opsuite.support.application.EventPublisher;
import java.time.Clock;

/** The drivers' use cases on the ports a fast test gives them. */
public final class DriversWiring {

    public record Drivers(ManageDriversUseCase manage, FindDriversQuery find) {
    }

    private DriversWiring() {
    }

    public static Drivers drivers(InMemoryDrivers store, EventPublisher events, Clock clock) {
        DriverService service = new DriverService(store, store, events, clock);
        return new Drivers(service, service);
    }
}
