package dev.opsuite.fleet.trips.application.service;

import dev.opsuite.fleet.trips.application.port.in.CloseTripTicketUseCase;
import dev.opsuite.fleet.trips.application.port.in.FindTripTicketsQuery;
import dev.opsuite.fleet.trips.application.port.in.IssueTripTicketUseCase;
import dev.opsuite.fleet.drivers.application.port.in.FindDriversQuery;
import dev.opsuite.fleet.trips.application.port.out.DrivingRecordStore;
import dev.opsuite.fleet.trailers.application.port.in.FindTrailersQuery;
import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase;
import dev.opsuite.fleet.trips.application.port.out.TripTicketStore;
import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery;
import dev.opsuite.fleet.vehicles.application.port.in.RecordOdometerReadingUseCase;
import dev.opsuite.fleet.vehicles.application.port.in.RecordOdometerReadingUseCase.RecordOdometerReadingCommand;
import dev.opsuite.fleet.trips.domain.DrivingPeriod;
import dev.opsuite.fleet.kernel.DrivingSource;
import dev.opsuite.fleet.vehicles.domain.OdometerReading;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.readiness.domain.TransportUnit;
import dev.opsuite.fleet.readiness.domain.TransportUnitStatus;
import dev.opsuite.fleet.trailers.domain.Trailer;
import dev.opsuite.fleet.trips.domain.TripTicket;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.support.domain.Result;
import dev.opsuite.support.application.DocumentNumbering;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Trip tickets from issue to close or cancel. The database keeps a vehicle, a driver and a trailer on
 * one non-cancelled ticket at a time (exclusion constraints), so racing issues cannot both win. Every
 * change writes the ticket's period of the driving record in the same transaction.
 */
@ApplicationScoped
class TripTicketService implements IssueTripTicketUseCase, CloseTripTicketUseCase, FindTripTicketsQuery {

    static final String WHAT = "trip-ticket";
    static final String NUMBER_PREFIX = "TT";

    private final TripTicketStore tickets;
    private final FindVehiclesQuery vehicles;
    private final RecordOdometerReadingUseCase odometer;
    private final FindDriversQuery drivers;
    private final FindTrailersQuery trailers;
    private final ManageTransportUnitsUseCase units;
    private final DrivingRecordStore drivingRecord;
    private final EventPublisher events;
    private final DocumentNumbering numbers;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    TripTicketService(TripTicketStore tickets, FindVehiclesQuery vehicles, RecordOdometerReadingUseCase odometer,
            FindDriversQuery drivers, FindTrailersQuery trailers,
            ManageTransportUnitsUseCase units, DrivingRecordStore drivingRecord, EventPublisher events, DocumentNumbering numbers,
            Clock clock) {
        this.tickets = tickets;
        this.vehicles = vehicles;
        this.odometer = odometer;
        this.drivers = drivers;
        this.trailers = trailers;
        this.units = units;
        this.drivingRecord = drivingRecord;
        this.events = events;
        this.numbers = numbers;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<TripTicket> issue(IssueTripTicketCommand command) {
        Actor actor = command.actor();
        String tenant = actor.tenantId();
        TripTicket.Issue i = command.issue();
        Instant now = clock.instant();
        return vehicles.find(tenant, i.vehicleId()).map(v -> named(v, "vehicle", i.vehicleId(), "vehicleId")).chain(vehicle ->
                drivers.find(tenant, i.driverId()).map(d -> named(d, "driver", i.driverId(), "driverId")).chain(driver ->
                        optional(i.trailerId(), () -> trailers.find(tenant, i.trailerId()), "trailer", "trailerId").chain(trailer ->
                                optional(i.transportUnitId(), () -> units.unit(tenant, i.transportUnitId()), "transport-unit",
                                        "transportUnitId").chain(unit ->
                                        numbers.next(tenant, NUMBER_PREFIX, now.atZone(ZoneOffset.UTC).getYear())
                                                .map(number -> Rejection.accepted(TripTicket.issue(UUID.randomUUID(), tenant,
                                                        number, i, parties(vehicle, driver, trailer, unit),
                                                        actor.userId(), now)))
                                                .chain(issued -> tickets.add(issued.value())
                                                        .call(this::writeDrivingRecord)
                                                        .call(() -> events.publish(issued.events())))))));
    }

    @Override
    @WithTransaction
    public Uni<TripTicket> close(CloseTripTicketCommand command) {
        Actor actor = command.actor();
        Instant now = clock.instant();
        return load(actor.tenantId(), command.tripTicketId(), command.expectedVersion()).chain(ticket ->
                // The vehicle row is locked as for any odometer reading: readings of one vehicle queue.
                vehicles.findForUpdate(actor.tenantId(), ticket.vehicleId()).chain(vehicle -> {
                    Result.Accepted<TripTicket> closed = Rejection.accepted(ticket.close(command.odometerIn(),
                            command.departedAt(), command.returnedAt(), actor.userId(), now));
                    // The odometer policy names odometerKm; on a ticket the caller sent odometerIn.
                    return tickets.save(ticket)
                            .call(() -> odometer.record(new RecordOdometerReadingCommand(actor, ticket.vehicleId(),
                                    command.odometerIn(), command.returnedAt(), null, "odometerIn")))
                            .call(this::writeDrivingRecord)
                            .call(() -> events.publish(closed.events()));
                }));
    }

    @Override
    @WithTransaction
    public Uni<TripTicket> cancel(CancelTripTicketCommand command) {
        Actor actor = command.actor();
        return load(actor.tenantId(), command.tripTicketId(), command.expectedVersion())
                .map(ticket -> Rejection.accepted(ticket.cancel(command.reason(), actor.userId(), clock.instant())))
                .chain(cancelled -> tickets.save(cancelled.value())
                        .call(this::writeDrivingRecord)
                        .call(() -> events.publish(cancelled.events())));
    }

    /** What the ticket's rules need of the vehicle, driver, trailer and unit it names (the last two may be null). */
    static TripTicket.Parties parties(Vehicle v, Driver d, Trailer t, TransportUnit u) {
        return new TripTicket.Parties(
                new TripTicket.Parties.TripVehicle(v.id(), v.registrationNumber(), v.kind(), v.status(), v.odometerKm()),
                new TripTicket.Parties.TripDriver(d.id(), d.name(), d.employeeNumber(), d.status()),
                t == null ? null : new TripTicket.Parties.TripTrailer(t.id(), t.registrationNumber(), t.status()),
                u == null ? null : new TripTicket.Parties.TripUnit(u.id(), u.status() == TransportUnitStatus.ACTIVE,
                        u.driverId(), u.vehicleId(), u.trailerId()));
    }

    /** The ticket's period in the driving record: its window while issued or closed, none once cancelled. */
    private Uni<Void> writeDrivingRecord(TripTicket ticket) {
        return DrivingPeriod.of(ticket).map(drivingRecord::record)
                .orElseGet(() -> drivingRecord.remove(ticket.tenantId(), DrivingSource.TRIP_TICKET, ticket.id()));
    }

    private Uni<TripTicket> load(String tenantId, UUID id, Long expectedVersion) {
        return tickets.find(tenantId, id).map(found -> {
            var ticket = found.orElseThrow(Rejection.missing(WHAT, id));
            Rejection.requireVersion(expectedVersion, ticket.version());
            return ticket;
        });
    }

    /** What the body names must exist in the caller's business: 422 naming the field otherwise. */
    private static <T> T named(Optional<T> value, String what, UUID id, String field) {
        return value.orElseThrow(() -> Rejection.unprocessable(what + "-not-found", field, "No " + what.replace('-', ' ')
                + " " + id + " in this business.").toException());
    }

    private static <T> Uni<T> optional(UUID id, java.util.function.Supplier<Uni<Optional<T>>> find, String what, String field) {
        if (id == null) {
            return Uni.createFrom().nullItem();
        }
        return find.get().map(value -> named(value, what, id, field));
    }

    @Override
    @WithSession
    public Uni<TripTicket> tripTicket(String tenantId, UUID id) {
        return tickets.find(tenantId, id).map(ticket -> ticket.orElseThrow(Rejection.missing(WHAT, id)));
    }

    @Override
    @WithSession
    public Uni<Page<TripTicket>> tripTickets(String tenantId, TripTicketFilter filter, PageRequest page) {
        return tickets.list(tenantId, filter, page);
    }
}
