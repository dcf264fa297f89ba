package dev.opsuite.fleet.application.service;

import dev.opsuite.fleet.application.port.in.FindDriverAtQuery;
import dev.opsuite.fleet.application.port.out.DriverStore;
import dev.opsuite.fleet.application.port.out.DrivingRecordStore;
import dev.opsuite.fleet.application.port.out.TrailerStore;
import dev.opsuite.fleet.application.port.out.VehicleStore;
import dev.opsuite.fleet.domain.DrivingPeriod;
import dev.opsuite.fleet.domain.Vehicle;
import dev.opsuite.fleet.domain.WhoWasDrivingPolicy;
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

    private final VehicleStore vehicles;
    private final DriverStore drivers;
    private final TrailerStore trailers;
    private final DrivingRecordStore drivingRecord;

    DriverAtService(VehicleStore vehicles, DriverStore drivers, TrailerStore trailers, DrivingRecordStore drivingRecord) {
        this.vehicles = vehicles;
        this.drivers = drivers;
        this.trailers = trailers;
        this.drivingRecord = drivingRecord;
    }

    @Override
    @WithSession
    public Uni<DriverAt> driverAt(String tenantId, UUID vehicleId, Instant at) {
        return vehicles.find(tenantId, vehicleId).chain(vehicle -> {
            Rejection.found(vehicle, "vehicle", vehicleId);
            return find(vehicle, at).map(found -> found.orElseThrow(() -> new Rejection("no-driver-found",
                    Rejection.Kind.NOT_FOUND, null, "Nobody is recorded driving " + vehicle.registrationNumber() + " at "
                    + at + ".").toException()));
        });
    }

    /** The period that answers for {@code at} (WhoWasDrivingPolicy among overlaps); empty when nobody drove it then. */
    Uni<Optional<DrivingPeriod>> periodAt(String tenantId, UUID vehicleId, Instant at) {
        return drivingRecord.covering(tenantId, vehicleId, at).map(candidates -> WhoWasDrivingPolicy.at(at, candidates));
    }

    /** The answer for a vehicle already found (in the caller's session); empty when nobody drove it then. */
    Uni<Optional<DriverAt>> find(Vehicle vehicle, Instant at) {
        return periodAt(vehicle.tenantId(), vehicle.id(), at).chain(period -> {
            if (period.isEmpty()) {
                return Uni.createFrom().item(Optional.<DriverAt>empty());
            }
            DrivingPeriod p = period.get();
            return drivers.find(vehicle.tenantId(), p.driverId()).chain(driver -> (p.trailerId() == null
                    ? Uni.createFrom().<dev.opsuite.fleet.domain.Trailer>nullItem()
                    : trailers.find(vehicle.tenantId(), p.trailerId())).map(trailer -> Optional.of(new DriverAt(vehicle.id(),
                    vehicle.registrationNumber(), at, p.driverId(), driver.employeeNumber(), driver.name(), p.trailerId(),
                    trailer == null ? null : trailer.registrationNumber(), p.source(), p.sourceId(), p.sourceNumber(),
                    p.orderReference(), p.startsAt(), p.endsAt()))));
        });
    }
}
