package dev.opsuite.field.jobs.application.service;

import static dev.opsuite.field.testing.Decisions.accepted;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.field.intake.domain.ServiceCall;
import dev.opsuite.field.intake.domain.ServiceCallStatus;
import dev.opsuite.field.jobs.application.port.in.CreateJobUseCase.CreateJobCommand;
import dev.opsuite.field.jobs.application.port.in.MyJobsUseCase.MyPartCommand;
import dev.opsuite.field.jobs.domain.Assignment;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.jobs.domain.JobStatus;
import dev.opsuite.field.jobs.domain.PartUsed;
import dev.opsuite.field.kernel.Skill;
import dev.opsuite.field.kernel.Trade;
import dev.opsuite.field.parts.application.port.in.RequestPartUseCase.RequestPartCommand;
import dev.opsuite.field.parts.application.port.out.JobTechnicians.WorkedJob;
import dev.opsuite.field.parts.application.service.PartsService;
import dev.opsuite.field.parts.domain.PartReservation;
import dev.opsuite.field.parts.domain.PartReservationStatus;
import dev.opsuite.field.parts.domain.PartsEvents.PartsUsed;
import dev.opsuite.field.parts.domain.TruckStock;
import dev.opsuite.field.parts.infrastructure.jobs.PartsFittedOnJobs;
import dev.opsuite.field.technicians.domain.Technician;
import dev.opsuite.field.technicians.domain.Technician.Profile;
import dev.opsuite.field.technicians.domain.Truck;
import dev.opsuite.field.testing.InMemoryPartReservations;
import dev.opsuite.field.testing.InMemoryPartUsages;
import dev.opsuite.field.testing.InMemoryTruckStock;
import dev.opsuite.field.testing.IntakeCalls;
import dev.opsuite.field.testing.JobsAndTechnicians;
import dev.opsuite.field.testing.RecordingPartArrivals;
import dev.opsuite.field.testing.UnpricedWork;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.tenancy.Actor;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Seed 002: the technician fits a part on site, in one act. A stocked part (an inventory product) is recorded on the
 * job and told to inventory together, from the truck or from a reservation of the job; a part bought on the way is
 * recorded on the job only. A refusal on either side leaves nothing written.
 */
class FittingPartsTest {

    static final Instant NOW = Instant.parse("2026-05-04T09:15:00Z");
    static final Actor TOM = new Actor("acme", "tom");
    static final Actor ANN = new Actor("acme", "ann");
    static final UUID TOMS_TRUCK = UUID.randomUUID();
    static final UUID WAREHOUSE = UUID.randomUUID();
    static final UUID IGNITER = UUID.randomUUID();

    final JobsAndTechnicians neighbours = new JobsAndTechnicians(NOW);
    final IntakeCalls calls = new IntakeCalls();
    final RecordingEventPublisher jobEvents = new RecordingEventPublisher();
    final RecordingEventPublisher partsEvents = new RecordingEventPublisher();
    final InMemoryPartReservations reservations = new InMemoryPartReservations();
    final InMemoryTruckStock trucks = new InMemoryTruckStock();
    final InMemoryPartUsages usages = new InMemoryPartUsages();
    final PartsService parts = new PartsService(reservations, trucks, usages,
            (tenant, job) -> Uni.createFrom().item(Optional.of(TOMS_TRUCK)),
            (tenant, job) -> neighbours.jobs.find(tenant, job).map(found -> found.map(j -> new WorkedJob(
                    j.status() != JobStatus.COMPLETED && j.status() != JobStatus.CANCELLED, "tom"))),
            new RecordingPartArrivals(), partsEvents, Clock.fixed(NOW, ZoneOffset.UTC));
    final JobService jobs = new JobService(neighbours.jobs, neighbours.statusLog, calls, calls, jobEvents,
            new UnpricedWork(), new PartsFittedOnJobs(parts), Clock.fixed(NOW, ZoneOffset.UTC));
    final MyJobsService my = new MyJobsService(neighbours.jobs, neighbours, jobs, jobs);

    final Technician tom = technician("tom", new Truck(UUID.randomUUID(), TOMS_TRUCK));
    final Technician ann = technician("ann", null);

    @Test
    void a_stocked_part_from_my_truck_is_on_the_job_and_told_to_inventory_as_one_usage() {
        Job job = started(tom);
        truckHolds("2");

        Job fitted = done(my.usePart(TOM, job.id(), new MyPartCommand(IGNITER, "HSI-120", BigDecimal.ONE, null)));

        PartUsed part = fitted.work().partsUsed().get(0);
        assertThat(part.partId()).isEqualTo(IGNITER);
        assertThat(part.truckLocationId()).isEqualTo(TOMS_TRUCK);
        assertThat(partsEvents.published(PartsUsed.class)).singleElement().satisfies(used -> {
            assertThat(used.usageId()).as("the same usage on both sides").isEqualTo(part.id());
            assertThat(used.reservationId()).isNull();
            assertThat(used.locationId()).isEqualTo(TOMS_TRUCK);
            assertThat(used.quantity()).isEqualByComparingTo("1");
        });
        assertThat(usages.used).extracting(PartsUsed::usageId).containsExactly(part.id());
    }

    @Test
    void a_part_from_a_reservation_consumes_it_and_the_job_records_the_reservations_product() {
        Job job = started(tom);
        PartReservation held = confirmed(job, "1");

        Job fitted = done(my.usePart(TOM, job.id(), new MyPartCommand(null, "HSI-120", BigDecimal.ONE, held.id())));

        PartUsed part = fitted.work().partsUsed().get(0);
        assertThat(part.partId()).isEqualTo(IGNITER);
        assertThat(part.truckLocationId()).as("where the reservation held it").isEqualTo(WAREHOUSE);
        assertThat(done(reservations.find("acme", held.id())).orElseThrow().status()).isEqualTo(PartReservationStatus.USED);
        assertThat(partsEvents.published(PartsUsed.class)).singleElement().satisfies(used -> {
            assertThat(used.usageId()).isEqualTo(part.id());
            assertThat(used.reservationId()).isEqualTo(held.id());
        });
    }

    @Test
    void a_part_bought_on_the_way_is_on_the_job_only() {
        Job job = started(tom);

        Job fitted = done(my.usePart(TOM, job.id(), new MyPartCommand(null, "GASKET-7", new BigDecimal("2"), null)));

        assertThat(fitted.work().partsUsed()).singleElement().satisfies(p -> {
            assertThat(p.partId()).isNull();
            assertThat(p.sku()).isEqualTo("GASKET-7");
        });
        assertThat(usages.used).isEmpty();
        assertThat(partsEvents.published()).isEmpty();
    }

    @Test
    void more_than_the_truck_has_is_409_naming_quantity_and_nothing_is_written() {
        Job job = started(tom);
        truckHolds("1");

        Rejection refusal = refused(my.usePart(TOM, job.id(), new MyPartCommand(IGNITER, "HSI-120", new BigDecimal("2"),
                null)));

        assertThat(refusal.code()).isEqualTo("part-not-on-truck");
        assertThat(refusal.kind()).isEqualTo(Rejection.Kind.CONFLICT);
        assertThat(refusal.field()).isEqualTo("quantity");
        assertNothingWritten(job);
    }

    @Test
    void a_technician_without_a_truck_fitting_a_stocked_part_is_422_naming_part_id() {
        Job job = started(ann);

        Rejection refusal = refused(my.usePart(ANN, job.id(), new MyPartCommand(IGNITER, "HSI-120", BigDecimal.ONE, null)));

        assertThat(refusal.code()).isEqualTo("truck-unknown");
        assertThat(refusal.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
        assertThat(refusal.field()).isEqualTo("partId");
        assertNothingWritten(job);
    }

    @Test
    void a_reservation_of_another_product_or_not_confirmed_is_refused_and_nothing_is_written() {
        Job job = started(tom);
        PartReservation held = confirmed(job, "1");
        PartReservation asked = done(parts.request(new RequestPartCommand(TOM, job.id(), tom.id(), IGNITER, BigDecimal.ONE,
                WAREHOUSE, false)));

        Rejection otherProduct = refused(my.usePart(TOM, job.id(), new MyPartCommand(UUID.randomUUID(), "HSI-120",
                BigDecimal.ONE, held.id())));
        Rejection notConfirmed = refused(my.usePart(TOM, job.id(), new MyPartCommand(null, "HSI-120", BigDecimal.ONE,
                asked.id())));

        assertThat(otherProduct.code()).isEqualTo("differs-from-reservation");
        assertThat(otherProduct.field()).isEqualTo("partId");
        assertThat(notConfirmed.code()).isEqualTo("reservation-not-confirmed");
        assertThat(notConfirmed.field()).isEqualTo("reservationId");
        assertThat(done(reservations.find("acme", held.id())).orElseThrow().status())
                .isEqualTo(PartReservationStatus.CONFIRMED);
        assertNothingWritten(job);
    }

    @Test
    void a_job_not_started_takes_no_part_and_inventory_is_not_told() {
        Job job = scheduled(tom);
        truckHolds("2");

        Rejection refusal = refused(my.usePart(TOM, job.id(), new MyPartCommand(IGNITER, "HSI-120", BigDecimal.ONE, null)));

        assertThat(refusal.kind()).isEqualTo(Rejection.Kind.CONFLICT);
        assertNothingWritten(job);
    }

    private void assertNothingWritten(Job job) {
        assertThat(done(neighbours.jobs.find("acme", job.id())).orElseThrow().work().partsUsed()).isEmpty();
        assertThat(usages.used).isEmpty();
        assertThat(partsEvents.published(PartsUsed.class)).isEmpty();
    }

    private PartReservation confirmed(Job job, String quantity) {
        PartReservation asked = done(parts.request(new RequestPartCommand(TOM, job.id(), tom.id(), IGNITER,
                new BigDecimal(quantity), WAREHOUSE, false)));
        done(parts.confirmed("acme", asked.id(), UUID.randomUUID(), NOW));
        return asked;
    }

    private void truckHolds(String available) {
        BigDecimal n = new BigDecimal(available);
        done(trucks.keep(new TruckStock("acme", TOMS_TRUCK, UUID.randomUUID(), IGNITER, n, BigDecimal.ZERO, n,
                new BigDecimal("18.50"), "EUR", NOW)));
    }

    private Job started(Technician technician) {
        Job job = scheduled(technician);
        return done(my.start(new Actor("acme", technician.userId()), job.id()));
    }

    private Job scheduled(Technician technician) {
        ServiceCall call = calls.call(ServiceCallStatus.OPEN);
        Job job = done(jobs.create(new CreateJobCommand(new Actor("acme", "csr"), call.id(), "Furnace",
                new Skill(Trade.HVAC, 1), Duration.ofHours(1))));
        return done(jobs.schedule(new Actor("acme", "dispatcher"), job.id(),
                new Assignment(technician.id(), NOW.minus(Duration.ofMinutes(15)), NOW.plus(Duration.ofHours(1)))));
    }

    private Technician technician(String userId, Truck truck) {
        Technician t = accepted(Technician.register(Envelope.created(UUID.randomUUID(), "acme", "admin", NOW), userId,
                new Profile(userId, ZoneId.of("UTC"), List.of(new Skill(Trade.HVAC, 3)), List.of(), truck)));
        return done(neighbours.technicians.add(t));
    }
}
