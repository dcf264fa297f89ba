package dev.opsuite.fleet.vehicles.application.service;

import dev.opsuite.fleet.vehicles.application.port.in.ChangeVehicleStatusUseCase;
import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery;
import dev.opsuite.fleet.vehicles.application.port.in.RecordOdometerReadingUseCase;
import dev.opsuite.fleet.vehicles.application.port.in.RegisterVehicleUseCase;
import dev.opsuite.fleet.vehicles.application.port.out.VehicleStore;
import dev.opsuite.support.application.EventPublisher;
import java.time.Clock;

/** The vehicle register's use cases on the ports a fast test gives them (the services stay package-private). */
public final class VehiclesWiring {

    public record Vehicles(RegisterVehicleUseCase register, RecordOdometerReadingUseCase odometer, FindVehiclesQuery find,
            ChangeVehicleStatusUseCase status) {
    }

    private VehiclesWiring() {
    }

    public static Vehicles vehicles(VehicleStore store, EventPublisher events, Clock clock) {
        VehicleService service = new VehicleService(store, clock);
        return new Vehicles(service, service, service, new VehicleStatusService(store, events, clock));
    }
}
