package dev.opsuite.fleet.readiness.application.service;

import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase;
import dev.opsuite.fleet.drivers.application.port.in.FindDriversQuery;
import dev.opsuite.fleet.trailers.application.port.in.FindTrailersQuery;
import dev.opsuite.fleet.readiness.application.port.out.TransportUnitStore;
import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.readiness.domain.ReadinessCause;
import dev.opsuite.fleet.trailers.domain.Trailer;
import dev.opsuite.fleet.readiness.domain.TransportUnit;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
class TransportUnitService implements ManageTransportUnitsUseCase {

    static final String WHAT = "transport-unit";

    private final TransportUnitStore units;
    private final FindDriversQuery drivers;
    private final FindVehiclesQuery vehicles;
    private final FindTrailersQuery trailers;
    private final UnitReadiness readiness;
    private final Clock clock;
    private final int batchSize;

    @SuppressWarnings("java:S107")
    TransportUnitService(TransportUnitStore units, FindDriversQuery drivers, FindVehiclesQuery vehicles, FindTrailersQuery trailers,
            UnitReadiness readiness, Clock clock, TransportUnitsConfig config) {
        this.units = units;
        this.drivers = drivers;
        this.vehicles = vehicles;
        this.trailers = trailers;
        this.readiness = readiness;
        this.clock = clock;
        this.batchSize = config.recomputeBatchSize();
    }

    @Override
    @WithTransaction
    public Uni<UnitView> form(FormUnitCommand command) {
        Actor actor = command.actor();
        String tenant = actor.tenantId();
        // Shared locks, always in this order: the members cannot change before the unit commits, and a
        // change of a member that came first is seen here.
        return driver(tenant, command.driverId()).chain(driver -> vehicle(tenant, command.vehicleId())
                .chain(vehicle -> trailer(tenant, command.trailerId())
                        .chain(trailer -> readiness.assessMembers(tenant, driver, vehicle, trailer)
                                .map(fresh -> Rejection.orThrow(TransportUnit.form(UUID.randomUUID(), tenant,
                                        Members.of(driver), Members.of(vehicle), Members.of(trailer), fresh, actor.userId(),
                                        clock.instant())))
                                .chain(units::add)
                                .call(unit -> readiness.publish(unit, ReadinessCause.UNIT_FORMED))
                                .map(unit -> new UnitView(unit, driver, vehicle, trailer)))));
    }

    @Override
    @WithTransaction
    public Uni<UnitView> changeMembers(ChangeUnitMembersCommand command) {
        Actor actor = command.actor();
        String tenant = actor.tenantId();
        return units.findForUpdate(tenant, command.unitId()).chain(found -> {
            var unit = found.orElseThrow(Rejection.missing(WHAT, command.unitId()));
            Rejection.requireVersion(command.expectedVersion(), unit.version());
            return optional(command.driverId(), id -> driver(tenant, id))
                    .chain(driver -> optional(command.vehicleId(), id -> vehicle(tenant, id))
                            .chain(vehicle -> optional(command.trailerId(), id -> trailer(tenant, id))
                                    .map(trailer -> Rejection.orThrow(unit.changeMembers(Members.of(driver),
                                            Members.of(vehicle), Members.of(trailer), actor.userId(), clock.instant())))))
                    .chain(changed -> readiness.reassess(tenant, List.of(changed), ReadinessCause.UNIT_MEMBERS_CHANGED, true))
                    .chain(saved -> view(tenant, saved.get(0)));
        });
    }

    @Override
    @WithTransaction
    public Uni<UnitView> disband(DisbandUnitCommand command) {
        Actor actor = command.actor();
        return units.findForUpdate(actor.tenantId(), command.unitId()).chain(found -> {
            var unit = found.orElseThrow(Rejection.missing(WHAT, command.unitId()));
            Rejection.requireVersion(command.expectedVersion(), unit.version());
            Rejection.orThrow(unit.disband(actor.userId(), clock.instant()));
            return units.saveAll(List.of(unit))
                    .map(saved -> saved.get(0))
                    .call(saved -> readiness.publish(saved, ReadinessCause.UNIT_DISBANDED))
                    .chain(saved -> view(actor.tenantId(), saved));
        });
    }

    @Override
    @WithSession
    public Uni<UnitView> find(String tenantId, UUID id) {
        return units.find(tenantId, id).chain(unit -> view(tenantId, unit.orElseThrow(Rejection.missing(WHAT, id))));
    }

    @Override
    @WithSession
    public Uni<Optional<TransportUnit>> unit(String tenantId, UUID id) {
        return units.find(tenantId, id);
    }

    @Override
    @WithSession
    public Uni<ReadinessCounts> countActiveByReadiness(String tenantId) {
        return units.countActiveByReadiness(tenantId);
    }

    @Override
    @WithSession
    public Uni<Page<UnitView>> search(String tenantId, UnitFilter filter, PageRequest page) {
        return units.search(tenantId, filter, page).chain(found -> views(tenantId, found.items())
                .map(views -> new Page<>(views, found.page(), found.size(), found.total(), found.totalPages())));
    }

    @Override
    public Uni<RecomputeReport> recompute(String tenantId) {
        long started = System.nanoTime();
        return batches(tenantId, null, 0, 0)
                .map(totals -> new RecomputeReport(totals[0], totals[1], (System.nanoTime() - started) / 1_000_000));
    }

    @Override
    public Uni<RecomputeReport> recomputeAllTenants() {
        long started = System.nanoTime();
        return readiness.tenantsWithActiveUnits()
                .chain(tenants -> Multi.createFrom().iterable(tenants)
                        .onItem().transformToUniAndConcatenate(this::recompute)
                        .collect().asList())
                .map(reports -> new RecomputeReport(reports.stream().mapToInt(RecomputeReport::units).sum(),
                        reports.stream().mapToInt(RecomputeReport::changed).sum(), (System.nanoTime() - started) / 1_000_000));
    }

    /** Batch after batch, each in its own transaction (retried once more on a deadlock or a lost race). */
    private Uni<int[]> batches(String tenantId, UUID afterId, int units, int changed) {
        return Uni.createFrom().deferred(() -> readiness.recomputeBatch(tenantId, afterId, batchSize))
                .onFailure().retry().atMost(2)
                .chain(batch -> {
                    int[] totals = { units + batch.units(), changed + batch.changed() };
                    return batch.units() < batchSize ? Uni.createFrom().item(totals)
                            : batches(tenantId, batch.lastId(), totals[0], totals[1]);
                });
    }

    private Uni<UnitView> view(String tenantId, TransportUnit unit) {
        return views(tenantId, List.of(unit)).map(views -> views.get(0));
    }

    private Uni<List<UnitView>> views(String tenantId, List<TransportUnit> found) {
        if (found.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return drivers.findAll(tenantId, ids(found, TransportUnit::driverId))
                .chain(ds -> vehicles.findAll(tenantId, ids(found, TransportUnit::vehicleId))
                        .chain(vs -> trailers.findAll(tenantId, ids(found, TransportUnit::trailerId))
                                .map(ts -> found.stream().map(u -> new UnitView(u, ds.get(u.driverId()),
                                        vs.get(u.vehicleId()), ts.get(u.trailerId()))).toList())));
    }

    private Uni<Driver> driver(String tenant, UUID id) {
        return drivers.findForShare(tenant, id).map(d -> known(d, "driver", "driverId", id));
    }

    private Uni<Vehicle> vehicle(String tenant, UUID id) {
        return vehicles.findForShare(tenant, id).map(v -> known(v, "vehicle", "vehicleId", id));
    }

    private Uni<Trailer> trailer(String tenant, UUID id) {
        return trailers.findForShare(tenant, id).map(t -> known(t, "trailer", "trailerId", id));
    }

    /** A member the request names must exist in the tenant: otherwise a 422 naming the field. */
    private static <T> T known(Optional<T> member, String what, String field, UUID id) {
        return member.orElseThrow(() -> Rejection.unprocessable("unknown-" + what, field,
                "This business has no " + what + " " + id + ".").toException());
    }

    private static <T> Uni<T> optional(UUID id, Function<UUID, Uni<T>> load) {
        return id == null ? Uni.createFrom().nullItem() : load.apply(id);
    }

    private static Set<UUID> ids(List<TransportUnit> found, Function<TransportUnit, UUID> id) {
        return found.stream().map(id).collect(Collectors.toSet());
    }
}
