package dev.opsuite.field.parts.application.service;

import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.field.parts.application.port.in.CancelPartReservationUseCase.CancelPartReservationCommand;
import dev.opsuite.field.parts.application.port.in.GiveBackPartsOfJobUseCase;
import dev.opsuite.field.parts.application.port.in.RecordPartsUsedUseCase.PartsUsedCommand;
import dev.opsuite.field.parts.application.port.in.RequestPartUseCase.RequestPartCommand;
import dev.opsuite.field.parts.application.port.out.JobTechnicians.WorkedJob;
import dev.opsuite.field.parts.domain.PartReservation;
import dev.opsuite.field.parts.domain.PartReservationStatus;
import dev.opsuite.field.parts.domain.PartsEvents;
import dev.opsuite.field.parts.domain.TruckStock;
import dev.opsuite.field.testing.InMemoryPartReservations;
import dev.opsuite.field.testing.InMemoryPartUsages;
import dev.opsuite.field.testing.InMemoryTruckStock;
import dev.opsuite.field.testing.RecordingPartArrivals;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import dev.opsuite.testing.fakes.ControlledClock;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Seed 002's exception path, field's side: the technician needs a part, a reservation is asked of inventory, its
 * answer shows; parts used go to inventory; the truck's stock is what inventory last said.
 */
class PartsTest {

    static final String TENANT = "dispatchhq";
    final Actor jana = new Actor(TENANT, "tech-jana");
    final Actor petr = new Actor(TENANT, "tech-petr");
    final ControlledClock clock = new ControlledClock(Instant.parse("2026-12-05T09:15:00Z"));
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final InMemoryPartReservations reservations = new InMemoryPartReservations();
    final InMemoryTruckStock trucks = new InMemoryTruckStock();
    final InMemoryPartUsages usages = new InMemoryPartUsages();
    final RecordingPartArrivals arrivals = new RecordingPartArrivals();
    final UUID truck = UUID.randomUUID();
    UUID jobTruck;
    /** The jobs of the business: open or not, and the login of the technician each is assigned to. */
    final java.util.Map<UUID, WorkedJob> jobs = new java.util.HashMap<>();
    final PartsService parts = new PartsService(reservations, trucks, usages,
            (tenant, job) -> Uni.createFrom().item(Optional.ofNullable(jobTruck)),
            (tenant, job) -> Uni.createFrom().item(Optional.ofNullable(jobs.get(job))), arrivals, events, clock);
    final UUID job = openJob(null);
    final UUID capacitor = UUID.randomUUID();

    @Test
    void a_reservation_is_requested_of_inventory_and_shows_its_answer() {
        PartReservation asked = done(parts.request(new RequestPartCommand(jana, job, null, capacitor, qty("1"), truck, false)));

        assertThat(asked.status()).isEqualTo(PartReservationStatus.REQUESTED);
        assertThat(events.published(PartsEvents.ReservationRequested.class)).singleElement()
                .satisfies(e -> assertThat(e.reservation().locationId()).isEqualTo(truck));

        UUID held = UUID.randomUUID();
        done(parts.confirmed(TENANT, asked.id(), held, clock.instant()));
        // A late or repeated answer changes nothing.
        done(parts.rejected(TENANT, asked.id(), "INSUFFICIENT_STOCK", BigDecimal.ZERO, "late", clock.instant()));

        PartReservation now = done(parts.reservationsOfJob(jana, job, false)).get(0);
        assertThat(now.status()).isEqualTo(PartReservationStatus.CONFIRMED);
        assertThat(now.stockReservationId()).isEqualTo(held);
        // The job waiting on the part hears it once.
        assertThat(arrivals.heard).containsExactly("reserved job " + job + " product " + capacitor + " at " + truck);
    }

    @Test
    void a_rejected_reservation_says_why_and_what_was_available() {
        PartReservation asked = done(parts.request(new RequestPartCommand(jana, job, null, capacitor, qty("2"), truck, false)));

        done(parts.rejected(TENANT, asked.id(), "INSUFFICIENT_STOCK", qty("1"), "Only 1 is available", clock.instant()));

        PartReservation now = done(parts.reservationsOfJob(jana, job, false)).get(0);
        assertThat(now.status()).isEqualTo(PartReservationStatus.REJECTED);
        assertThat(now.rejectionReason()).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(now.available()).isEqualByComparingTo("1");
    }

    @Test
    void without_a_location_the_jobs_truck_is_taken_and_without_one_it_is_refused_naming_location() {
        assertThat(refused(parts.request(new RequestPartCommand(jana, job, null, capacitor, qty("1"), null, false))).field())
                .isEqualTo("locationId");
        jobTruck = truck;
        assertThat(done(parts.request(new RequestPartCommand(jana, job, null, capacitor, qty("1"), null, false))).locationId())
                .isEqualTo(truck);
    }

    @Test
    void parts_used_come_from_a_confirmed_reservation_of_the_job_and_no_more_than_it_holds() {
        PartReservation asked = done(parts.request(new RequestPartCommand(jana, job, null, capacitor, qty("2"), truck, false)));
        assertThat(refused(parts.use(new PartsUsedCommand(jana, job, UUID.randomUUID(), asked.id(), null, qty("1"), null))).code())
                .isEqualTo("reservation-not-confirmed");
        done(parts.confirmed(TENANT, asked.id(), UUID.randomUUID(), clock.instant()));

        assertThat(refused(parts.use(new PartsUsedCommand(jana, openJob(null), UUID.randomUUID(), asked.id(), null, qty("1"), null)))
                .code()).isEqualTo("reservation-of-another-job");
        assertThat(refused(parts.use(new PartsUsedCommand(jana, job, UUID.randomUUID(), asked.id(), null, qty("3"), null))).code())
                .isEqualTo("more-than-reserved");
        assertThat(refused(parts.use(new PartsUsedCommand(jana, job, UUID.randomUUID(), asked.id(), null, qty("1"), UUID.randomUUID())))
                .field()).isEqualTo("locationId");
        PartsEvents.PartsUsed used = done(parts.use(new PartsUsedCommand(jana, job, UUID.randomUUID(), asked.id(), null, qty("2"), null)));

        assertThat(used.reservationId()).isEqualTo(asked.id());
        assertThat(used.locationId()).isEqualTo(truck);
        assertThat(done(parts.reservationsOfJob(jana, job, false)).get(0).status()).isEqualTo(PartReservationStatus.USED);
        assertThat(usages.used).hasSize(1);
    }

    @Test
    void a_held_reservation_given_back_is_cancelled_and_inventory_told_to_release_it() {
        PartReservation asked = done(parts.request(new RequestPartCommand(jana, job, null, capacitor, qty("2"), truck, false)));
        done(parts.confirmed(TENANT, asked.id(), UUID.randomUUID(), clock.instant()));
        done(parts.use(new PartsUsedCommand(jana, job, UUID.randomUUID(), asked.id(), null, qty("1"), null)));
        Actor marek = new Actor(TENANT, "parts-marek");

        PartReservation cancelled = done(parts.cancel(new CancelPartReservationCommand(marek, asked.id(),
                "  Shipping it by transfer note instead. ", false)));

        assertThat(cancelled.status()).isEqualTo(PartReservationStatus.CANCELLED);
        assertThat(cancelled.used()).isEqualByComparingTo("1"); // what was fitted stays fitted
        assertThat(cancelled.cancellation()).isEqualTo(new PartReservation.Cancellation(
                "Shipping it by transfer note instead.", "parts-marek", clock.instant()));
        assertThat(events.published(PartsEvents.ReservationCancelled.class)).singleElement()
                .satisfies(e -> assertThat(e.reservation().id()).isEqualTo(asked.id()));
        // Nothing more can be used from it, and it cannot be given back twice.
        assertThat(refused(parts.use(new PartsUsedCommand(jana, job, UUID.randomUUID(), asked.id(), null, qty("1"), null))).code())
                .isEqualTo("reservation-not-confirmed");
        assertThat(refused(parts.cancel(new CancelPartReservationCommand(marek, asked.id(), "again", false))).code())
                .isEqualTo("reservation-not-cancellable");
    }

    @Test
    void an_answer_arriving_after_the_cancellation_changes_nothing() {
        PartReservation asked = done(parts.request(new RequestPartCommand(jana, job, null, capacitor, qty("1"), truck, false)));
        done(parts.cancel(new CancelPartReservationCommand(jana, asked.id(), "Job cancelled by the customer.", false)));

        done(parts.confirmed(TENANT, asked.id(), UUID.randomUUID(), clock.instant()));

        PartReservation now = done(parts.reservationsOfJob(jana, job, false)).get(0);
        assertThat(now.status()).isEqualTo(PartReservationStatus.CANCELLED);
        assertThat(now.stockReservationId()).isNull();
        assertThat(arrivals.heard).isEmpty(); // a job is not released by a part given back
    }

    @Test
    void a_used_up_refused_or_unknown_reservation_cannot_be_cancelled() {
        PartReservation used = done(parts.request(new RequestPartCommand(jana, job, null, capacitor, qty("1"), truck, false)));
        done(parts.confirmed(TENANT, used.id(), UUID.randomUUID(), clock.instant()));
        done(parts.use(new PartsUsedCommand(jana, job, UUID.randomUUID(), used.id(), null, qty("1"), null)));
        PartReservation refusedOne = done(parts.request(new RequestPartCommand(jana, job, null, capacitor, qty("1"), truck, false)));
        done(parts.rejected(TENANT, refusedOne.id(), "INSUFFICIENT_STOCK", BigDecimal.ZERO, "none", clock.instant()));

        var usedUp = refused(parts.cancel(new CancelPartReservationCommand(jana, used.id(), "not needed", false)));
        assertThat(usedUp.code()).isEqualTo("reservation-not-cancellable");
        assertThat(usedUp.field()).isEqualTo("reservationId");
        assertThat(usedUp.detail()).contains(used.id().toString());
        assertThat(refused(parts.cancel(new CancelPartReservationCommand(jana, refusedOne.id(), "not needed", false))).code())
                .isEqualTo("reservation-not-cancellable");
        assertThat(refused(parts.cancel(new CancelPartReservationCommand(jana, UUID.randomUUID(), "not needed", false))).kind())
                .isEqualTo(dev.opsuite.support.application.Rejection.Kind.NOT_FOUND);
        assertThat(events.published(PartsEvents.ReservationCancelled.class)).isEmpty();
    }

    @Test
    void a_cancelled_job_gives_back_what_is_still_asked_or_held_and_hearing_it_again_changes_nothing() {
        PartReservation asked = done(parts.request(new RequestPartCommand(jana, job, null, capacitor, qty("1"), truck, false)));
        PartReservation held = done(parts.request(new RequestPartCommand(jana, job, null, capacitor, qty("2"), truck, false)));
        done(parts.confirmed(TENANT, held.id(), UUID.randomUUID(), clock.instant()));
        done(parts.use(new PartsUsedCommand(jana, job, UUID.randomUUID(), held.id(), null, qty("1"), null))); // one of two fitted
        PartReservation usedUp = done(parts.request(new RequestPartCommand(jana, job, null, capacitor, qty("1"), truck, false)));
        done(parts.confirmed(TENANT, usedUp.id(), UUID.randomUUID(), clock.instant()));
        done(parts.use(new PartsUsedCommand(jana, job, UUID.randomUUID(), usedUp.id(), null, qty("1"), null)));
        PartReservation refusedOne = done(parts.request(new RequestPartCommand(jana, job, null, capacitor, qty("5"), truck, false)));
        done(parts.rejected(TENANT, refusedOne.id(), "INSUFFICIENT_STOCK", qty("2"), "Only 2 available", clock.instant()));
        PartReservation otherJobs = done(parts.request(new RequestPartCommand(jana, openJob(null), null, capacitor,
                qty("1"), truck, false)));
        Instant cancelledAt = clock.instant().plusSeconds(600);
        var cancellation = new GiveBackPartsOfJobUseCase.JobCancelledCommand(new Actor(TENANT, "dispatch-eva"), job,
                "Customer sold the house.", cancelledAt);

        done(parts.jobCancelled(cancellation));
        done(parts.jobCancelled(cancellation)); // redelivered

        var now = done(parts.reservationsOfJob(jana, job, false)).stream()
                .collect(java.util.stream.Collectors.toMap(PartReservation::id, r -> r));
        for (PartReservation given : java.util.List.of(asked, held)) {
            assertThat(now.get(given.id()).status()).isEqualTo(PartReservationStatus.CANCELLED);
            assertThat(now.get(given.id()).cancellation()).isEqualTo(new PartReservation.Cancellation(
                    "Job cancelled: Customer sold the house.", "dispatch-eva", cancelledAt));
        }
        assertThat(now.get(held.id()).used()).isEqualByComparingTo("1"); // what was fitted stays fitted
        assertThat(now.get(usedUp.id()).status()).isEqualTo(PartReservationStatus.USED);
        assertThat(now.get(refusedOne.id()).status()).isEqualTo(PartReservationStatus.REJECTED);
        assertThat(done(reservations.find(TENANT, otherJobs.id())).orElseThrow().status())
                .isEqualTo(PartReservationStatus.REQUESTED);
        // Inventory is told once for each, and releases what it still holds (the unused one of the two).
        assertThat(events.published(PartsEvents.ReservationCancelled.class))
                .extracting(e -> e.reservation().id()).containsExactlyInAnyOrder(asked.id(), held.id());
    }

    @Test
    void a_technician_reserves_lists_uses_and_gives_back_parts_only_on_their_own_jobs() {
        UUID petrsJob = UUID.randomUUID();
        jobs.put(job, new WorkedJob(true, "tech-jana"));
        jobs.put(petrsJob, new WorkedJob(true, "tech-petr"));
        PartReservation petrs = done(parts.request(new RequestPartCommand(new Actor(TENANT, "parts-marek"), petrsJob, null,
                capacitor, qty("1"), truck, false)));
        done(parts.confirmed(TENANT, petrs.id(), UUID.randomUUID(), clock.instant()));

        // Petr's job is as unknown to Jana as a job that does not exist.
        for (var refusal : java.util.List.of(
                refused(parts.request(new RequestPartCommand(jana, petrsJob, null, capacitor, qty("1"), truck, true))),
                refused(parts.reservationsOfJob(jana, petrsJob, true)),
                refused(parts.cancel(new CancelPartReservationCommand(jana, petrs.id(), "not mine", true))))) {
            assertThat(refusal.kind()).isEqualTo(dev.opsuite.support.application.Rejection.Kind.NOT_FOUND);
        }
        assertThat(done(parts.reservationsOfJob(petr, petrsJob, true))).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(PartReservationStatus.CONFIRMED));
        assertThat(events.published(PartsEvents.PartsUsed.class)).isEmpty();

        // Her own job: all of it.
        PartReservation janas = done(parts.request(new RequestPartCommand(jana, job, null, capacitor, qty("2"), truck, true)));
        done(parts.confirmed(TENANT, janas.id(), UUID.randomUUID(), clock.instant()));
        assertThat(done(parts.reservationsOfJob(jana, job, true))).hasSize(1);
        assertThat(done(parts.cancel(new CancelPartReservationCommand(jana, janas.id(), "One was enough.", true))).status())
                .isEqualTo(PartReservationStatus.CANCELLED);
    }

    @Test
    void parts_used_from_the_truck_name_product_and_truck() {
        done(parts.truckStockChanged(stock("2", clock.instant()), false));
        assertThat(refused(parts.use(new PartsUsedCommand(jana, job, UUID.randomUUID(), null, null, qty("1"), truck))).field())
                .isEqualTo("productId");
        PartsEvents.PartsUsed used = done(parts.use(new PartsUsedCommand(jana, job, UUID.randomUUID(), null, capacitor, qty("1"), truck)));

        assertThat(used.reservationId()).isNull();
        assertThat(events.published(PartsEvents.PartsUsed.class)).containsExactly(used);
    }

    @Test
    void more_than_the_truck_has_is_refused_before_it_goes_to_inventory() {
        done(parts.truckStockChanged(stock("2", clock.instant()), false));

        Rejection tooMany = refused(parts.use(new PartsUsedCommand(jana, job, UUID.randomUUID(), null, capacitor, qty("3"), truck)));
        Rejection unknown = refused(parts.use(new PartsUsedCommand(jana, job, UUID.randomUUID(), null, UUID.randomUUID(), qty("1"), truck)));

        assertThat(tooMany.code()).isEqualTo("part-not-on-truck");
        assertThat(tooMany.kind()).isEqualTo(Rejection.Kind.CONFLICT);
        assertThat(tooMany.field()).isEqualTo("quantity");
        assertThat(tooMany.detail()).contains("has 2 of product " + capacitor);
        assertThat(unknown.detail()).as("a product inventory never reported on the truck").contains("has 0 of");
        assertThat(events.published(PartsEvents.PartsUsed.class)).isEmpty();
    }

    @Test
    void truck_stock_is_the_newest_report_per_product() {
        Instant t1 = Instant.parse("2026-12-05T08:00:00Z");
        Instant t2 = Instant.parse("2026-12-05T08:05:00Z");
        done(parts.truckStockChanged(stock("4", t2), false));
        done(parts.truckStockChanged(stock("5", t1), false)); // an older report, arriving late

        assertThat(done(parts.truckStock(TENANT, truck))).singleElement()
                .satisfies(s -> assertThat(s.onHand()).isEqualByComparingTo("4"));
    }

    @Test
    void goods_received_at_the_truck_are_heard_as_an_arrival() {
        done(parts.truckStockChanged(stock("2", Instant.parse("2026-12-05T10:00:00Z")), true));

        assertThat(arrivals.heard).containsExactly("received product " + capacitor + " at " + truck + ", available 2");
    }

    private TruckStock stock(String onHand, Instant at) {
        return new TruckStock(TENANT, truck, UUID.randomUUID(), capacitor, qty(onHand), BigDecimal.ZERO, qty(onHand),
                new BigDecimal("18.50"), "EUR", at);
    }

    private static BigDecimal qty(String value) {
        return new BigDecimal(value);
    }

    @Test
    void no_part_is_reserved_or_fitted_on_a_completed_or_cancelled_job_nor_on_one_that_does_not_exist() {
        done(parts.truckStockChanged(stock("2", clock.instant()), false));
        UUID done = UUID.randomUUID();
        jobs.put(done, new WorkedJob(false, "tech-jana"));

        Rejection asked = refused(parts.request(new RequestPartCommand(jana, done, null, capacitor, qty("1"), truck, false)));
        Rejection fitted = refused(parts.use(new PartsUsedCommand(jana, done, UUID.randomUUID(), null, capacitor, qty("1"), truck)));
        Rejection unknown = refused(parts.request(new RequestPartCommand(jana, UUID.randomUUID(), null, capacitor, qty("1"),
                truck, false)));

        assertThat(java.util.List.of(asked, fitted)).allSatisfy(r -> {
            assertThat(r.code()).isEqualTo("job-closed");
            assertThat(r.kind()).isEqualTo(Rejection.Kind.CONFLICT);
            assertThat(r.field()).isEqualTo("jobId");
        });
        assertThat(unknown.kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
        assertThat(events.published(PartsEvents.ReservationRequested.class)).isEmpty();
        assertThat(events.published(PartsEvents.PartsUsed.class)).isEmpty();
    }

    /** A job of the business, open, worked by {@code technician} (null: on no one's board). */
    private UUID openJob(String technician) {
        UUID id = UUID.randomUUID();
        jobs.put(id, new WorkedJob(true, technician));
        return id;
    }
}
