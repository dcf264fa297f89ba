package dev.opsuite.dispatch.units.application.service;

import dev.opsuite.dispatch.units.application.port.in.FindUnitsQuery;
import dev.opsuite.dispatch.units.application.port.in.RecordFleetChangesUseCase;
import dev.opsuite.dispatch.units.application.port.out.FleetProjectionStore;

/** The units capability on the store a fast test gives it. */
public final class UnitsWiring {

    private UnitsWiring() {
    }

    public record Units(RecordFleetChangesUseCase record, FindUnitsQuery find) {
    }

    public static Units on(FleetProjectionStore store) {
        FleetProjectionService service = new FleetProjectionService(store);
        return new Units(service, service);
    }
}
