package dev.opsuite.fleet.trips.application.service;

import dev.opsuite.fleet.trips.application.port.in.FindDriverAtQuery;
import dev.opsuite.fleet.drivers.application.port.in.FindDriversQuery;
import dev.opsuite.fleet.trips.application.port.out.DrivingRecordStore;
import dev.opsuite.fleet.trailers.application.port.in.FindTrailersQuery;
import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery;
import dev.opsuite.fleet.trips.domain.DrivingPeriod;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.fleet.trips.domain.WhoWasDrivingPolicy;
import dev.opsuite.support.application.Rejection;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** "Who was driving?" from the driving record, whatever source wrote it (WhoWasDrivingPolicy picks among overlaps). */
@ApplicationScoped
class DriverAtService implements FindDriverAtQuery {

    private final FindVehiclesQuery vehicles;
    private final FindDriversQuery drivers;
    private final FindTrailersQuery trailers;
    private final DrivingRecordStore drivingRecord;

    DriverAtService(FindVehiclesQuery vehicles, FindDriversQuery drivers, FindTrailersQuery trailers, DrivingRecordStore drivingRecord) {
        this.vehicles = vehicles;
        this.drivers = drivers;
        this.trailers = trailers;
        this.drivingRecord = drivingRecord;
    }

    @Override
    @WithSession
    public Uni<DriverAt> driverAt(String tenantId, UUID vehicleId, Instant at) {
        return vehicles.find(tenantId, vehicleId).map(found -> found.orElseThrow(Rejection.missing("vehicle", vehicleId)))
                .chain(vehicle -> {
            return find(vehicle, at).map(found -> found.orElseThrow(() -> new Rejection("no-driver-found",
                    Rejection.Kind.NOT_FOUND, null, "Nobody is recorded driving " + vehicle.registrationNumber() + " at "
                    + at + ".").toException()));
        });
    }

    /** The period that answers for {@code at} (WhoWasDrivingPolicy among overlaps); empty when nobody drove it then. */
    @Override
    @WithSession
    public Uni<Optional<DrivingPeriod>> periodAt(String tenantId, UUID vehicleId, Instant at) {
        return drivingRecord.covering(tenantId, vehicleId, at).map(candidates -> WhoWasDrivingPolicy.at(at, candidates));
    }

    /** The answer for a vehicle already found (in the caller's session); empty when nobody drove it then. */
    Uni<Optional<DriverAt>> find(Vehicle vehicle, Instant at) {
        return periodAt(vehicle.tenantId(), vehicle.id(), at).chain(period -> {
            if (period.isEmpty()) {
                return Uni.createFrom().item(Optional.<DriverAt>empty());
            }
            DrivingPeriod p = period.get();
            return drivers.find(vehicle.tenantId(), p.driverId()).map(found -> found.orElseThrow(
                    Rejection.missing("driver", p.driverId()))).chain(driver -> (p.trailerId() == null
                    ? Uni.createFrom().item(Optional.<dev.opsuite.fleet.trailers.domain.Trailer>empty())
                    : trailers.find(vehicle.tenantId(), p.trailerId())).map(trailer -> Optional.of(new DriverAt(vehicle.id(),
                    vehicle.registrationNumber(), at, p.driverId(), driver.employeeNumber(), driver.name(), p.trailerId(),
                    trailer.map(t -> t.registrationNumber()).orElse(null), p.source(), p.sourceId(), p.sourceNumber(),
                    p.orderReference(), p.startsAt(), p.endsAt()))));
        });
    }
}
