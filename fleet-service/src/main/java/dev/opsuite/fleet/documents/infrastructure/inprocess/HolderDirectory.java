package dev.opsuite.fleet.documents.infrastructure.inprocess;

import dev.opsuite.fleet.documents.application.port.out.DocumentHolders;
import dev.opsuite.fleet.documents.domain.HolderKind;
import dev.opsuite.fleet.drivers.application.port.in.FindDriversQuery;
import dev.opsuite.fleet.kernel.SubjectRef;
import dev.opsuite.fleet.kernel.SubjectType;
import dev.opsuite.fleet.trailers.application.port.in.FindTrailersQuery;
import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Document holders as the vehicle register, the trailers and the drivers know them. */
@ApplicationScoped
class HolderDirectory implements DocumentHolders {

    private final FindVehiclesQuery vehicles;
    private final FindTrailersQuery trailers;
    private final FindDriversQuery drivers;

    HolderDirectory(FindVehiclesQuery vehicles, FindTrailersQuery trailers, FindDriversQuery drivers) {
        this.vehicles = vehicles;
        this.trailers = trailers;
        this.drivers = drivers;
    }

    @Override
    public Uni<Optional<HolderKind>> kind(String tenantId, SubjectRef holder, boolean lock) {
        UUID id = holder.id();
        return switch (holder.type()) {
            case VEHICLE -> (lock ? vehicles.findForUpdate(tenantId, id) : vehicles.find(tenantId, id))
                    .map(found -> found.map(v -> HolderKind.ofVehicle(v.kind())));
            case TRAILER -> (lock ? trailers.findForUpdate(tenantId, id) : trailers.find(tenantId, id))
                    .map(found -> found.map(t -> HolderKind.ofTrailer(t.type())));
            case DRIVER -> (lock ? drivers.findForUpdate(tenantId, id) : drivers.find(tenantId, id))
                    .map(found -> found.map(d -> HolderKind.DRIVER));
        };
    }

    @Override
    public Uni<Map<SubjectRef, String>> labels(String tenantId, Collection<SubjectRef> holders) {
        return vehicles.findAll(tenantId, ids(holders, SubjectType.VEHICLE))
                .chain(vs -> trailers.findAll(tenantId, ids(holders, SubjectType.TRAILER))
                        .chain(ts -> drivers.findAll(tenantId, ids(holders, SubjectType.DRIVER)).map(ds -> {
                            Map<SubjectRef, String> labels = new HashMap<>();
                            vs.values().forEach(v -> labels.put(SubjectRef.vehicle(v.id()), v.registrationNumber()));
                            ts.values().forEach(t -> labels.put(SubjectRef.trailer(t.id()), t.registrationNumber()));
                            ds.values().forEach(d -> labels.put(SubjectRef.driver(d.id()),
                                    d.name() + " (" + d.employeeNumber() + ")"));
                            return labels;
                        })));
    }

    private static Set<UUID> ids(Collection<SubjectRef> holders, SubjectType type) {
        return holders.stream().filter(s -> s.type() == type).map(SubjectRef::id).collect(Collectors.toSet());
    }
}
