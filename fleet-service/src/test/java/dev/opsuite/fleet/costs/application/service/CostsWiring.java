package dev.opsuite.fleet.costs.application.service;

import dev.opsuite.fleet.costs.application.port.in.BookVehicleExpenseUseCase;
import dev.opsuite.fleet.costs.application.port.in.FindVehicleCostsQuery;
import dev.opsuite.fleet.costs.application.port.in.RecordVehicleExpenseUseCase;
import dev.opsuite.fleet.costs.application.port.out.VehicleExpenseStore;
import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery;
import dev.opsuite.support.application.EventPublisher;
import java.time.Clock;

/** Vehicle costs' use cases on the ports a fast test gives them. */
public final class CostsWiring {

    public record Costs(RecordVehicleExpenseUseCase record, BookVehicleExpenseUseCase book, FindVehicleCostsQuery find) {
    }

    private CostsWiring() {
    }

    public static Costs costs(VehicleExpenseStore store, FindVehiclesQuery vehicles, EventPublisher events, Clock clock) {
        VehicleExpenseService service = new VehicleExpenseService(store, vehicles, events, clock);
        return new Costs(service, service, service);
    }
}
