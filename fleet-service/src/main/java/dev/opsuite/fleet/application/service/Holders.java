package dev.opsuite.fleet.application.service;

import dev.opsuite.fleet.application.port.out.DriverStore;
import dev.opsuite.fleet.application.port.out.TrailerStore;
import dev.opsuite.fleet.application.port.out.VehicleStatusStore;
import dev.opsuite.fleet.application.port.out.VehicleStore;
import dev.opsuite.fleet.domain.Driver;
import dev.opsuite.fleet.domain.HolderKind;
import dev.opsuite.fleet.domain.SubjectRef;
import dev.opsuite.fleet.domain.SubjectType;
import dev.opsuite.support.application.Rejection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The vehicle, trailer or driver a document belongs to: found (404 otherwise), locked where asked, and named. */
@ApplicationScoped
class Holders {

    private final VehicleStore vehicles;
    private final VehicleStatusStore vehicleLookups;
    private final TrailerStore trailers;
    private final DriverStore drivers;

    Holders(VehicleStore vehicles, VehicleStatusStore vehicleLookups, TrailerStore trailers, DriverStore drivers) {
        this.vehicles = vehicles;
        this.vehicleLookups = vehicleLookups;
        this.trailers = trailers;
        this.drivers = drivers;
    }

    /** The holder's kind; a holder the tenant does not have is a 404 naming what was looked for. */
    Uni<HolderKind> kind(String tenantId, SubjectRef subject, boolean lock) {
        UUID id = subject.id();
        return switch (subject.type()) {
            case VEHICLE -> (lock ? vehicles.findForUpdate(tenantId, id) : vehicles.find(tenantId, id))
                    .map(v -> HolderKind.of(Rejection.found(v, "vehicle", id)));
            case TRAILER -> (lock ? trailers.findForUpdate(tenantId, id) : trailers.find(tenantId, id))
                    .map(t -> HolderKind.of(Rejection.found(t, "trailer", id)));
            case DRIVER -> (lock ? drivers.findForUpdate(tenantId, id) : drivers.find(tenantId, id))
                    .map(d -> {
                        Rejection.found(d, "driver", id);
                        return HolderKind.DRIVER;
                    });
        };
    }

    /** How a person reads each holder: a registration number, or a driver's name and employee number. */
    Uni<Map<SubjectRef, String>> labels(String tenantId, Collection<SubjectRef> subjects) {
        Set<UUID> vehicleIds = ids(subjects, SubjectType.VEHICLE);
        Set<UUID> trailerIds = ids(subjects, SubjectType.TRAILER);
        Set<UUID> driverIds = ids(subjects, SubjectType.DRIVER);
        return vehicleLookups.findAll(tenantId, vehicleIds)
                .chain(vs -> trailers.findAll(tenantId, trailerIds)
                        .chain(ts -> drivers.findAll(tenantId, driverIds).map(ds -> {
                            Map<SubjectRef, String> labels = new HashMap<>();
                            vs.values().forEach(v -> labels.put(SubjectRef.vehicle(v.id()), v.registrationNumber()));
                            ts.values().forEach(t -> labels.put(SubjectRef.trailer(t.id()), t.registrationNumber()));
                            ds.values().forEach(d -> labels.put(SubjectRef.driver(d.id()), label(d)));
                            return labels;
                        })));
    }

    static String label(Driver driver) {
        return driver.name() + " (" + driver.employeeNumber() + ")";
    }

    private static Set<UUID> ids(Collection<SubjectRef> subjects, SubjectType type) {
        return subjects.stream().filter(s -> s.type() == type).map(SubjectRef::id).collect(Collectors.toSet());
    }
}
