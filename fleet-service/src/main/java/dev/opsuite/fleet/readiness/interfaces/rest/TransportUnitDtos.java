package dev.opsuite.fleet.readiness.interfaces.rest;

import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase.RecomputeReport;
import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase.UnitView;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.readiness.domain.NotReadyReason;
import dev.opsuite.fleet.trailers.domain.Trailer;
import dev.opsuite.fleet.readiness.domain.TransportUnit;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of transport units. */
final class TransportUnitDtos {

    private TransportUnitDtos() {
    }

    record FormUnitRequest(@NotNull UUID driverId, @NotNull UUID vehicleId, @NotNull UUID trailerId) {
    }

    /** Each member optional, null = kept. */
    record ChangeUnitMembersRequest(UUID driverId, UUID vehicleId, UUID trailerId) {
    }

    record DriverSummary(UUID id, String employeeNumber, String name, String status) {
        static DriverSummary of(Driver d) {
            return d == null ? null : new DriverSummary(d.id(), d.employeeNumber(), d.name(), d.status().name());
        }
    }

    record VehicleSummary(UUID id, String registrationNumber, String kind, String status) {
        static VehicleSummary of(Vehicle v) {
            return v == null ? null : new VehicleSummary(v.id(), v.registrationNumber(), v.kind().name(), v.status().name());
        }
    }

    record TrailerSummary(UUID id, String registrationNumber, String type, String status) {
        static TrailerSummary of(Trailer t) {
            return t == null ? null : new TrailerSummary(t.id(), t.registrationNumber(), t.type().name(), t.status().name());
        }
    }

    /** A unit, its members as they are now, and whether it can take an order (with every reason it cannot). */
    record UnitResponse(UUID id, String status, boolean readyForOrder, List<String> reasons, Instant readinessChangedAt,
            DriverSummary driver, VehicleSummary vehicle, TrailerSummary trailer, String createdBy, Instant createdAt,
            String updatedBy, Instant updatedAt, long version) {

        static UnitResponse of(UnitView view) {
            TransportUnit u = view.unit();
            return new UnitResponse(u.id(), u.status().name(), u.readyForOrder(),
                    u.readiness().reasons().stream().map(NotReadyReason::name).toList(), u.readinessChangedAt(),
                    DriverSummary.of(view.driver()), VehicleSummary.of(view.vehicle()), TrailerSummary.of(view.trailer()),
                    u.envelope().createdBy(), u.envelope().createdAt(), u.envelope().updatedBy(),
                    u.envelope().updatedAt(), u.version());
        }
    }

    record RecomputeResponse(int units, int changed, long millis) {
        static RecomputeResponse of(RecomputeReport r) {
            return new RecomputeResponse(r.units(), r.changed(), r.millis());
        }
    }
}
