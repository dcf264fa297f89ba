package dev.opsuite.fleet.readiness.application.port.in;

import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.trailers.domain.Trailer;
import dev.opsuite.fleet.readiness.domain.TransportUnit;
import dev.opsuite.fleet.readiness.domain.TransportUnitStatus;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.Set;
import java.util.UUID;

/** Forms, changes, disbands and lists transport units (driver + heavy truck + trailer). */
public interface ManageTransportUnitsUseCase {

    record FormUnitCommand(Actor actor, UUID driverId, UUID vehicleId, UUID trailerId) {
    }

    /** Null keeps a member. */
    record ChangeUnitMembersCommand(Actor actor, UUID unitId, Long expectedVersion, UUID driverId, UUID vehicleId,
            UUID trailerId) {
    }

    record DisbandUnitCommand(Actor actor, UUID unitId, Long expectedVersion) {
    }

    /** @param statuses never empty; the other filters are optional (null) */
    record UnitFilter(Set<TransportUnitStatus> statuses, Boolean ready, UUID driverId, UUID vehicleId, UUID trailerId) {
    }

    /** A unit with its members as they are now. */
    record UnitView(TransportUnit unit, Driver driver, Vehicle vehicle, Trailer trailer) {
    }

    /** What a recompute of every active unit did. */
    record RecomputeReport(int units, int changed, long millis) {
    }

    Uni<UnitView> form(FormUnitCommand command);

    Uni<UnitView> changeMembers(ChangeUnitMembersCommand command);

    Uni<UnitView> disband(DisbandUnitCommand command);

    Uni<UnitView> find(String tenantId, UUID id);

    /** The unit, if the tenant has it: for capabilities that name one (a trip ticket's unit). */
    Uni<java.util.Optional<TransportUnit>> unit(String tenantId, UUID id);

    /** The tenant's active units: how many are ready for orders and how many are not. */
    record ReadinessCounts(long ready, long notReady) {
    }

    Uni<ReadinessCounts> countActiveByReadiness(String tenantId);

    Uni<Page<UnitView>> search(String tenantId, UnitFilter filter, PageRequest page);

    /**
     * Reassesses every active unit of the tenant, in batches of their own transactions, and publishes
     * transport-unit-readiness-changed for each one whose readiness or reasons changed.
     */
    Uni<RecomputeReport> recompute(String tenantId);

    /** As {@link #recompute} for every tenant that has active units (the periodic sweep: documents expire with time). */
    Uni<RecomputeReport> recomputeAllTenants();
}
