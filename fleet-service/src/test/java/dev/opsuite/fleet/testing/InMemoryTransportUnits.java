package dev.opsuite.fleet.testing;

import dev.opsuite.fleet.kernel.SubjectRef;
import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase.ReadinessCounts;
import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase.UnitFilter;
import dev.opsuite.fleet.readiness.application.port.out.TransportUnitStore;
import dev.opsuite.fleet.readiness.domain.TransportUnit;
import dev.opsuite.fleet.readiness.domain.TransportUnitStatus;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Transport units in memory; a member of two active units is refused as the partial unique indexes refuse it. */
public final class InMemoryTransportUnits extends InMemoryLookup<TransportUnit> implements TransportUnitStore {

    @Override
    public Uni<List<TransportUnit>> activeOfSubjectForUpdate(String tenantId, SubjectRef subject) {
        Function<TransportUnit, UUID> member = switch (subject.type()) {
            case DRIVER -> TransportUnit::driverId;
            case VEHICLE -> TransportUnit::vehicleId;
            case TRAILER -> TransportUnit::trailerId;
        };
        return Uni.createFrom().item(active(tenantId).stream().filter(u -> member.apply(u).equals(subject.id())).toList());
    }

    @Override
    public Uni<List<TransportUnit>> activeBatchForUpdate(String tenantId, UUID afterId, int size) {
        return Uni.createFrom().item(active(tenantId).stream().sorted(Comparator.comparing(TransportUnit::id))
                .filter(u -> afterId == null || u.id().compareTo(afterId) > 0).limit(size).toList());
    }

    @Override
    public Uni<List<String>> tenantsWithActiveUnits() {
        return Uni.createFrom().item(records.all().stream().filter(u -> u.status() == TransportUnitStatus.ACTIVE)
                .map(TransportUnit::tenantId).distinct().sorted().toList());
    }

    @Override
    public Uni<ReadinessCounts> countActiveByReadiness(String tenantId) {
        List<TransportUnit> active = active(tenantId);
        long ready = active.stream().filter(TransportUnit::readyForOrder).count();
        return Uni.createFrom().item(new ReadinessCounts(ready, active.size() - ready));
    }

    @Override
    public Uni<Page<TransportUnit>> search(String tenantId, UnitFilter filter, PageRequest page) {
        List<TransportUnit> matching = records.of(tenantId)
                .filter(u -> filter.statuses().contains(u.status()))
                .filter(u -> filter.ready() == null || u.readyForOrder() == filter.ready())
                .filter(u -> filter.driverId() == null || u.driverId().equals(filter.driverId()))
                .filter(u -> filter.vehicleId() == null || u.vehicleId().equals(filter.vehicleId()))
                .filter(u -> filter.trailerId() == null || u.trailerId().equals(filter.trailerId()))
                .toList();
        return Uni.createFrom().item(Page.slice(matching, page));
    }

    @Override
    public Uni<TransportUnit> add(TransportUnit unit) {
        for (TransportUnit other : active(unit.tenantId())) {
            Rejection taken = other.driverId().equals(unit.driverId()) ? Rejection.conflict("driver-already-in-unit",
                    "driverId", "The driver is already in another active transport unit; disband that one first.")
                    : other.vehicleId().equals(unit.vehicleId()) ? Rejection.conflict("vehicle-already-in-unit",
                            "vehicleId", "The vehicle is already in another active transport unit; disband that one first.")
                    : other.trailerId().equals(unit.trailerId()) ? Rejection.conflict("trailer-already-in-unit",
                            "trailerId", "The trailer is already in another active transport unit; disband that one first.")
                    : null;
            if (taken != null) {
                // What the partial unique indexes answer through the REST stack.
                return Uni.createFrom().failure(taken.toException());
            }
        }
        return records.saved(unit);
    }

    @Override
    public Uni<List<TransportUnit>> saveAll(List<TransportUnit> changed) {
        changed.forEach(records::put);
        return Uni.createFrom().item(List.copyOf(changed));
    }

    private List<TransportUnit> active(String tenantId) {
        return records.of(tenantId).filter(u -> u.status() == TransportUnitStatus.ACTIVE).toList();
    }
}
