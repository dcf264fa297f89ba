package dev.opsuite.fleet.readiness.application.service;

import dev.opsuite.fleet.documents.application.port.in.DocumentStatusQuery;
import dev.opsuite.fleet.drivers.application.port.in.FindDriversQuery;
import dev.opsuite.fleet.trailers.application.port.in.FindTrailersQuery;
import dev.opsuite.fleet.readiness.application.port.out.TransportUnitStore;
import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery;
import dev.opsuite.fleet.readiness.application.port.in.ReassessTransportUnitsUseCase;
import dev.opsuite.fleet.documents.domain.DocumentStatus;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.documents.domain.HolderKind;
import dev.opsuite.fleet.readiness.domain.Readiness;
import dev.opsuite.fleet.readiness.domain.ReadinessCause;
import dev.opsuite.fleet.readiness.domain.ReadinessPolicy;
import dev.opsuite.fleet.kernel.SubjectRef;
import dev.opsuite.fleet.trailers.domain.Trailer;
import dev.opsuite.fleet.readiness.domain.TransportUnit;
import dev.opsuite.fleet.readiness.domain.TransportUnitStatus;
import dev.opsuite.fleet.readiness.domain.UnitMembers;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.support.application.EventPublisher;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps every transport unit's readiness true to its members: assesses units from their driver,
 * vehicle, trailer and all their documents ({@link ReadinessPolicy}, {@link DocumentPolicy}), writes
 * the units whose readiness or reasons changed and publishes transport-unit-readiness-changed for
 * them through the EventPublisher, in the caller's transaction.
 *
 * <p>Locking: a change of a driver, vehicle, trailer or document first locks that holder's row, then
 * the units it is in ({@link TransportUnitStore#activeOfSubjectForUpdate}), and only then reads the
 * members; forming a unit takes shared locks on its members. So an assessment always sees the
 * members as they will commit, whichever of two racing transactions comes first.
 */
@ApplicationScoped
class UnitReadiness implements ReassessTransportUnitsUseCase {

    private final FindDriversQuery drivers;
    private final FindVehiclesQuery vehicles;
    private final FindTrailersQuery trailers;
    private final DocumentStatusQuery documents;
    private final TransportUnitStore units;
    private final EventPublisher events;
    private final Clock clock;
    private final ReadinessPolicy readinessPolicy;

    @SuppressWarnings("java:S107") // the ports it joins
    UnitReadiness(FindDriversQuery drivers, FindVehiclesQuery vehicles, FindTrailersQuery trailers, DocumentStatusQuery documents,
            TransportUnitStore units, EventPublisher events, Clock clock, TransportUnitsConfig config) {
        this.drivers = drivers;
        this.vehicles = vehicles;
        this.trailers = trailers;
        this.documents = documents;
        this.units = units;
        this.events = events;
        this.clock = clock;
        this.readinessPolicy = new ReadinessPolicy(config.readyTrailerTypes());
    }

    /** The readiness of a unit that would be formed of these members (documents read now). */
    Uni<Readiness> assessMembers(String tenantId, Driver driver, Vehicle vehicle, Trailer trailer) {
        return documents.statuses(tenantId, holders(List.of(driver), List.of(vehicle), List.of(trailer)))
                .map(statuses -> readinessPolicy.evaluate(TransportUnitStatus.ACTIVE,
                        members(driver, vehicle, trailer, statuses)));
    }

    /** Reassesses the active units the driver, vehicle or trailer is in; publishes only a change. */
    @Override
    public Uni<Void> reassessUnitsOf(String tenantId, SubjectRef subject, ReadinessCause cause) {
        return units.activeOfSubjectForUpdate(tenantId, subject)
                .chain(found -> found.isEmpty() ? Uni.createFrom().voidItem()
                        : reassess(tenantId, found, cause, false).replaceWithVoid());
    }

    /**
     * Reassesses units loaded for update in this transaction; writes and publishes those whose
     * readiness or reasons changed, or every one when {@code publishAlways} (the caller changed them
     * otherwise). Answers the written units at their new versions.
     */
    Uni<List<TransportUnit>> reassess(String tenantId, List<TransportUnit> batch, ReadinessCause cause,
            boolean publishAlways) {
        return readinessOf(tenantId, batch).chain(fresh -> {
            Instant now = clock.instant();
            List<TransportUnit> changed = new ArrayList<>();
            for (TransportUnit unit : batch) {
                if (unit.assess(fresh.get(unit.id()), now) || publishAlways) {
                    changed.add(unit);
                }
            }
            if (changed.isEmpty()) {
                return Uni.createFrom().item(List.<TransportUnit>of());
            }
            return units.saveAll(changed).call(saved -> publishAll(saved, cause, now));
        });
    }

    /** Publishes the unit as it is (after it was written). */
    Uni<Void> publish(TransportUnit unit, ReadinessCause cause) {
        return publishAll(List.of(unit), cause, clock.instant());
    }

    /** One batch of a recompute of all units, in a transaction of its own. */
    @WithTransaction
    Uni<BatchResult> recomputeBatch(String tenantId, UUID afterId, int size) {
        return units.activeBatchForUpdate(tenantId, afterId, size).chain(batch -> batch.isEmpty()
                ? Uni.createFrom().item(new BatchResult(0, 0, null))
                : reassess(tenantId, batch, ReadinessCause.RECOMPUTED, false)
                        .map(changed -> new BatchResult(batch.size(), changed.size(), batch.get(batch.size() - 1).id())));
    }

    @WithSession
    Uni<List<String>> tenantsWithActiveUnits() {
        return units.tenantsWithActiveUnits();
    }

    record BatchResult(int units, int changed, UUID lastId) {
    }

    private Uni<Void> publishAll(List<TransportUnit> saved, ReadinessCause cause, Instant now) {
        return events.publish(saved.stream().map(unit -> unit.readinessChanged(cause, now)).toList());
    }

    /** The readiness of each unit, from its members and their documents. */
    private Uni<Map<UUID, Readiness>> readinessOf(String tenantId, List<TransportUnit> batch) {
        Set<UUID> driverIds = new LinkedHashSet<>();
        Set<UUID> vehicleIds = new LinkedHashSet<>();
        Set<UUID> trailerIds = new LinkedHashSet<>();
        for (TransportUnit unit : batch) {
            driverIds.add(unit.driverId());
            vehicleIds.add(unit.vehicleId());
            trailerIds.add(unit.trailerId());
        }
        return drivers.findAll(tenantId, driverIds).chain(driversById -> vehicles.findAll(tenantId, vehicleIds)
                .chain(vehiclesById -> trailers.findAll(tenantId, trailerIds)
                        .chain(trailersById -> documents.statuses(tenantId, holders(driversById.values(),
                                vehiclesById.values(), trailersById.values())).map(statuses -> {
                            Map<UUID, Readiness> result = new HashMap<>();
                            for (TransportUnit unit : batch) {
                                result.put(unit.id(), readinessPolicy.evaluate(unit.status(), members(
                                        driversById.get(unit.driverId()), vehiclesById.get(unit.vehicleId()),
                                        trailersById.get(unit.trailerId()), statuses)));
                            }
                            return result;
                        }))));
    }

    private static Map<SubjectRef, HolderKind> holders(Collection<Driver> drivers, Collection<Vehicle> vehicles,
            Collection<Trailer> trailers) {
        Map<SubjectRef, HolderKind> holders = new HashMap<>();
        drivers.forEach(d -> holders.put(SubjectRef.driver(d.id()), HolderKind.DRIVER));
        vehicles.forEach(v -> holders.put(SubjectRef.vehicle(v.id()), HolderKind.ofVehicle(v.kind())));
        trailers.forEach(t -> holders.put(SubjectRef.trailer(t.id()), HolderKind.ofTrailer(t.type())));
        return holders;
    }

    private static UnitMembers members(Driver driver, Vehicle vehicle, Trailer trailer,
            Map<SubjectRef, DocumentStatus> statuses) {
        return new UnitMembers(
                Members.of(driver), Members.of(statuses.get(SubjectRef.driver(driver.id()))),
                Members.of(vehicle), Members.of(statuses.get(SubjectRef.vehicle(vehicle.id()))),
                Members.of(trailer), Members.of(statuses.get(SubjectRef.trailer(trailer.id()))));
    }
}
