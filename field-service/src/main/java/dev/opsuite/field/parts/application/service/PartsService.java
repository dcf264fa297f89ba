package dev.opsuite.field.parts.application.service;

import dev.opsuite.field.parts.application.port.in.CancelPartReservationUseCase;
import dev.opsuite.field.parts.application.port.in.FindPartsQuery;
import dev.opsuite.field.parts.application.port.in.GiveBackPartsOfJobUseCase;
import dev.opsuite.field.parts.application.port.in.RecordPartsUsedUseCase;
import dev.opsuite.field.parts.application.port.in.RequestPartUseCase;
import dev.opsuite.field.parts.application.port.in.TrackInventoryUseCase;
import dev.opsuite.field.parts.application.port.out.JobTechnicians;
import dev.opsuite.field.parts.application.port.out.JobTechnicians.WorkedJob;
import dev.opsuite.field.parts.application.port.out.JobTrucks;
import dev.opsuite.field.parts.application.port.out.PartArrivals;
import dev.opsuite.field.parts.application.port.out.PartReservationStore;
import dev.opsuite.field.parts.application.port.out.PartUsageStore;
import dev.opsuite.field.parts.application.port.out.TruckStockStore;
import dev.opsuite.field.parts.domain.PartReservation;
import dev.opsuite.field.parts.domain.PartReservationStatus;
import dev.opsuite.field.parts.domain.PartsEvents;
import dev.opsuite.field.parts.domain.PartsEvents.PartsUsed;
import dev.opsuite.field.parts.domain.TruckStock;
import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.application.RejectedException;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Result;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PartsService implements RequestPartUseCase, CancelPartReservationUseCase, GiveBackPartsOfJobUseCase,
        RecordPartsUsedUseCase, TrackInventoryUseCase, FindPartsQuery {

    private final PartReservationStore reservations;
    private final TruckStockStore trucks;
    private final PartUsageStore usages;
    private final JobTrucks jobTrucks;
    private final JobTechnicians jobTechnicians;
    private final PartArrivals arrivals;
    private final EventPublisher events;
    private final Clock clock;

    public PartsService(PartReservationStore reservations, TruckStockStore trucks, PartUsageStore usages,
            JobTrucks jobTrucks, JobTechnicians jobTechnicians, PartArrivals arrivals, EventPublisher events, Clock clock) {
        this.reservations = reservations;
        this.trucks = trucks;
        this.usages = usages;
        this.jobTrucks = jobTrucks;
        this.jobTechnicians = jobTechnicians;
        this.arrivals = arrivals;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<PartReservation> request(RequestPartCommand command) {
        Actor actor = command.actor();
        Instant now = clock.instant();
        return workable(actor, command.jobId(), command.ownJobsOnly())
                .chain(() -> location(actor.tenantId(), command.jobId(), command.locationId()))
                .chain(location -> {
                    Result.Accepted<PartReservation> requested = Rejection.accepted(PartReservation.request(
                            Envelope.created(UUID.randomUUID(), actor.tenantId(), actor.userId(), now), command.jobId(),
                            command.technicianId(), command.productId(), command.quantity(), location));
                    return reservations.add(requested.value()).chain(() -> events.publish(requested.events()))
                            .replaceWith(requested.value());
                });
    }

    /**
     * A caller acting as a technician acts only on jobs assigned to them: another technician's job is as unknown as a
     * job that does not exist (as in the technician's own queue).
     */
    private Uni<Void> own(Actor actor, UUID jobId, boolean ownJobsOnly) {
        if (!ownJobsOnly) {
            return Uni.createFrom().voidItem();
        }
        return known(actor, jobId, true).replaceWithVoid();
    }

    /**
     * The job parts are asked for or fitted on: one of the tenant's (NOT_FOUND otherwise, or when it is another
     * technician's and the caller is limited to their own), still open to work (a completed or cancelled job takes
     * no more parts: CONFLICT naming jobId).
     */
    private Uni<WorkedJob> workable(Actor actor, UUID jobId, boolean ownJobsOnly) {
        return known(actor, jobId, ownJobsOnly).map(job -> {
            if (!job.open()) {
                throw Rejection.conflict("job-closed", "jobId", "Job " + jobId
                        + " is completed or cancelled; no part is reserved or fitted on it.").toException();
            }
            return job;
        });
    }

    private Uni<WorkedJob> known(Actor actor, UUID jobId, boolean ownJobsOnly) {
        return jobTechnicians.job(actor.tenantId(), jobId).map(found -> found
                .filter(job -> !ownJobsOnly || actor.userId().equals(job.technicianUserId()))
                .orElseThrow(Rejection.missing("job", jobId)));
    }

    /** The location named, else the truck of the job's technician. */
    private Uni<UUID> location(String tenantId, UUID jobId, UUID named) {
        if (named != null) {
            return Uni.createFrom().item(named);
        }
        return jobTrucks.truckOf(tenantId, jobId).map(truck -> truck.orElseThrow(() -> Rejection.unprocessable(
                "truck-unknown", "locationId", "Job " + jobId + " has no technician's truck to take the part from; name "
                        + "the location.").toException()));
    }

    @Override
    @WithTransaction
    public Uni<PartReservation> cancel(CancelPartReservationCommand command) {
        Actor actor = command.actor();
        Instant now = clock.instant();
        // Under the row's lock: a cancellation and a use of the same reservation take turns, the second sees the first.
        return reservations.lock(actor.tenantId(), command.reservationId()).chain(found -> {
            PartReservation reservation = found.orElseThrow(Rejection.missing("part-reservation", command.reservationId()));
            // A reservation of another technician's job is as unknown to a technician as one that does not exist.
            return own(actor, reservation.jobId(), command.ownJobsOnly())
                    .onFailure(RejectedException.class).transform(notMine -> Rejection.missing("part-reservation",
                            command.reservationId()).get())
                    .chain(() -> {
                        Result.Accepted<PartsEvents.ReservationCancelled> cancelled = Rejection.accepted(
                                reservation.cancel(command.reason(), actor.userId(), now));
                        return reservations.save(reservation).chain(() -> events.publish(cancelled.events()))
                                .replaceWith(reservation);
                    });
        });
    }

    @Override
    @WithTransaction
    public Uni<Void> jobCancelled(JobCancelledCommand command) {
        Actor by = command.cancelledBy();
        return reservations.ofJob(by.tenantId(), command.jobId())
                // One after the other, each under its row's lock (as a cancellation by hand): a use or a cancellation
                // racing this one waits, and whichever comes second sees the first.
                .onItem().transformToMulti(all -> Multi.createFrom().iterable(all))
                .onItem().transformToUniAndConcatenate(r -> reservations.lock(by.tenantId(), r.id())
                        .map(Optional::orElseThrow)
                        .chain(reservation -> reservation.jobCancelled(command.reason(), by.userId(),
                                        command.cancelledAt())
                                .map(cancelled -> reservations.save(reservation).chain(() -> events.publish(cancelled)))
                                .orElseGet(() -> Uni.createFrom().voidItem())))
                .collect().last().replaceWithVoid();
    }

    @Override
    @WithTransaction
    public Uni<PartsUsed> use(PartsUsedCommand command) {
        Actor actor = command.actor();
        Instant now = clock.instant();
        // The job asking has already checked who fits the part on it.
        return workable(actor, command.jobId(), false).chain(() -> used(command, actor, command.usageId(), now));
    }

    private Uni<PartsUsed> used(PartsUsedCommand command, Actor actor, UUID usageId, Instant now) {
        if (command.reservationId() == null) {
            return Uni.createFrom().deferred(() -> {
                require(command.productId(), "productId");
                require(command.locationId(), "locationId");
                return trucks.of(actor.tenantId(), command.locationId()).chain(stock -> {
                    BigDecimal available = stock.stream().filter(s -> s.productId().equals(command.productId()))
                            .map(TruckStock::available).findFirst().orElse(BigDecimal.ZERO);
                    Result.Accepted<PartsUsed> used = Rejection.accepted(PartsEvents.usedFromTruck(actor.tenantId(),
                            usageId, command.jobId(), command.productId(), command.quantity(), command.locationId(),
                            available, actor.userId(), now));
                    return usages.add(used.value()).chain(() -> events.publish(used.events())).replaceWith(used.value());
                });
            });
        }
        return reservations.lock(actor.tenantId(), command.reservationId()).chain(found -> {
            PartReservation reservation = found.orElseThrow(() -> Rejection.unprocessable("reservation-not-found",
                    "reservationId", "No part reservation " + command.reservationId() + " in this business.").toException());
            mustMatch(command.productId(), reservation.productId(), "productId");
            mustMatch(command.locationId(), reservation.locationId(), "locationId");
            Result.Accepted<PartsUsed> used = Rejection.accepted(reservation.use(usageId, command.jobId(),
                    command.quantity(), actor.userId(), now));
            return reservations.save(reservation).chain(() -> usages.add(used.value()))
                    .chain(() -> events.publish(used.events())).replaceWith(used.value());
        });
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw Rejection.invalid("required", field, field + " is needed to use parts without a reservation.").toException();
        }
    }

    /** A value sent along with a reservation must be the reservation's own. */
    private static void mustMatch(UUID sent, UUID reservations, String field) {
        if (sent != null && !sent.equals(reservations)) {
            throw Rejection.unprocessable("differs-from-reservation", field,
                    field + " differs from the reservation's; leave it out to use the reservation's.").toException();
        }
    }

    @Override
    @WithTransaction
    public Uni<Void> confirmed(String tenantId, UUID reservationId, UUID stockReservationId, Instant at) {
        return reservations.find(tenantId, reservationId).chain(found -> {
            PartReservation reservation = answered(found, reservationId);
            if (!reservation.confirm(stockReservationId, at)) {
                return Uni.createFrom().voidItem();
            }
            return reservations.save(reservation).chain(() -> arrivals.reserved(tenantId, reservation.jobId(),
                    reservation.id(), reservation.productId(), reservation.locationId()));
        });
    }

    @Override
    @WithTransaction
    public Uni<Void> rejected(String tenantId, UUID reservationId, String reason, BigDecimal available, String detail,
            Instant at) {
        return reservations.find(tenantId, reservationId).chain(found -> {
            PartReservation reservation = answered(found, reservationId);
            return reservation.reject(reason, available, detail, at) ? reservations.save(reservation)
                    : Uni.createFrom().voidItem();
        });
    }

    /** Answers come only for requests field made: one for a reservation field does not have is a rejection. */
    private static PartReservation answered(Optional<PartReservation> found, UUID reservationId) {
        return found.orElseThrow(Rejection.missing("part-reservation", reservationId));
    }

    @Override
    @WithTransaction
    public Uni<Void> truckStockChanged(TruckStock stock, boolean received) {
        return trucks.keep(stock).chain(() -> received
                ? arrivals.received(stock.tenantId(), stock.locationId(), stock.productId(), stock.available())
                : Uni.createFrom().voidItem());
    }

    @Override
    @WithSession
    public Uni<Map<UUID, BigDecimal>> newestUnitCosts(String tenantId, Set<UUID> productIds) {
        return productIds.isEmpty() ? Uni.createFrom().item(Map.of()) : trucks.newestUnitCosts(tenantId, productIds);
    }

    @Override
    @WithSession
    public Uni<List<TruckStock>> truckStock(String tenantId, UUID locationId) {
        return trucks.of(tenantId, locationId);
    }

    @Override
    @WithSession
    public Uni<List<PartReservation>> reservationsOfJob(Actor actor, UUID jobId, boolean ownJobsOnly) {
        return own(actor, jobId, ownJobsOnly).chain(() -> reservations.ofJob(actor.tenantId(), jobId));
    }

    @Override
    @WithSession
    public Uni<Page<PartReservation>> reservations(String tenantId, PartReservationStatus status, PageRequest page) {
        return reservations.search(tenantId, status, page);
    }
}
