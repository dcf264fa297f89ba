package dev.opsuite.fleet.readiness.application.service;

import dev.opsuite.fleet.documents.application.port.in.DocumentStatusQuery;
import dev.opsuite.fleet.drivers.application.port.in.FindDriversQuery;
import dev.opsuite.fleet.kernel.TrailerType;
import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase;
import dev.opsuite.fleet.readiness.application.port.in.ReassessTransportUnitsUseCase;
import dev.opsuite.fleet.readiness.application.port.out.TransportUnitStore;
import dev.opsuite.fleet.trailers.application.port.in.FindTrailersQuery;
import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery;
import dev.opsuite.support.application.EventPublisher;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Transport units' use cases on the ports a fast test gives them: standard, mega and frigo trailers fit for orders
 * (the production default), recomputed in batches of {@code batchSize}.
 */
public final class ReadinessWiring {

    public record Readiness(ManageTransportUnitsUseCase units, ReassessTransportUnitsUseCase reassess) {
    }

    private ReadinessWiring() {
    }

    @SuppressWarnings("java:S107")
    public static Readiness readiness(TransportUnitStore store, FindDriversQuery drivers, FindVehiclesQuery vehicles,
            FindTrailersQuery trailers, DocumentStatusQuery documents, EventPublisher events, int batchSize, Clock clock) {
        TransportUnitsConfig config = new TransportUnitsConfig() {
            @Override
            public Set<TrailerType> readyTrailerTypes() {
                return EnumSet.of(TrailerType.STANDARD, TrailerType.MEGA, TrailerType.FRIGO);
            }

            @Override
            public int recomputeBatchSize() {
                return batchSize;
            }

            @Override
            public Duration readinessSweepInterval() {
                return Duration.ZERO;
            }
        };
        UnitReadiness readiness = new UnitReadiness(drivers, vehicles, trailers, documents, store, events, clock, config);
        return new Readiness(new TransportUnitService(store, drivers, vehicles, trailers, readiness, clock, config), readiness);
    }
}
