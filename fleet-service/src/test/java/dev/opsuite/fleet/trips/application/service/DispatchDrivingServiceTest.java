package dev.opsuite.fleet.trips.application.service;

import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.fleet.drivers.application.port.in.ManageDriversUseCase.RegisterDriverCommand;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.kernel.DrivingSource;
import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.fleet.testing.InMemoryFleet;
import dev.opsuite.fleet.trips.application.port.in.FindDriverAtQuery.DriverAt;
import dev.opsuite.fleet.trips.application.port.in.RecordDispatchDrivingUseCase.RecordDispatchCommand;
import dev.opsuite.fleet.trips.application.port.in.RecordDispatchDrivingUseCase.WithdrawDispatchCommand;
import dev.opsuite.fleet.trips.domain.DispatchRun;
import dev.opsuite.fleet.trips.domain.DispatchRun.Stage;
import dev.opsuite.fleet.trips.domain.DrivingPeriod;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Dispatch DSP-2025-000042 of order SO-2025-000007: Jan Novák (DRV-0001) takes VEH-0045, booked 06:00-18:00 on
 * 15 October 2025, leaves at 06:05 and delivers at 11:40. What its events do to the driving record, and so to
 * "who was driving?". The consumer's use case on the fakes, no server.
 */
class DispatchDrivingServiceTest {

    static final Actor MANAGER = new Actor("acme", "manager");
    static final Instant FROM = Instant.parse("2025-10-15T06:00:00Z");
    static final Instant TO = Instant.parse("2025-10-15T18:00:00Z");
    static final Instant DEPARTED = Instant.parse("2025-10-15T06:05:00Z");
    static final Instant DELIVERED = Instant.parse("2025-10-15T11:40:00Z");

    final InMemoryFleet fleet = new InMemoryFleet("2025-10-20T09:00:00Z", ZoneId.of("Europe/Prague"));
    final Vehicle truck = done(fleet.vehicles.register().register(MANAGER, new Vehicle.Registration("VEH-0045",
            VehicleKind.LKV, "MAN", "TGX 18.440", null, 95_000, null)));
    final Driver jan = done(fleet.drivers.manage().register(new RegisterDriverCommand(MANAGER, "Jan Novák", null)));
    final UUID dispatchId = UUID.randomUUID();

    DispatchRun dsp42(Stage stage, Instant departedAt, Instant deliveredAt) {
        return new DispatchRun("acme", dispatchId, "DSP-2025-000042", stage, truck.id(), jan.id(), null, "SO-2025-000007",
                FROM, TO, departedAt, deliveredAt);
    }

    void apply(DispatchRun run) {
        done(fleet.dispatches.record(new RecordDispatchCommand(run)));
    }

    DriverAt driverAt(String at) {
        return done(fleet.driverAt.driverAt("acme", truck.id(), Instant.parse(at)));
    }

    boolean anyoneAt(String at) {
        return done(fleet.driverAt.periodAt("acme", truck.id(), Instant.parse(at))).isPresent();
    }

    @Test
    void a_scheduled_dispatch_answers_who_was_driving_for_its_planned_window() {
        apply(dsp42(Stage.SCHEDULED, null, null));

        DriverAt answer = driverAt("2025-10-15T10:00:00Z");
        assertThat(answer.driverNumber()).isEqualTo("DRV-0001");
        assertThat(answer.driverName()).isEqualTo("Jan Novák");
        assertThat(answer.source()).isEqualTo(DrivingSource.DISPATCH);
        assertThat(answer.sourceId()).isEqualTo(dispatchId);
        assertThat(answer.sourceNumber()).isEqualTo("DSP-2025-000042");
        assertThat(answer.orderReference()).isEqualTo("SO-2025-000007");
        assertThat(answer.from()).isEqualTo(FROM);
        assertThat(answer.to()).isEqualTo(TO);
    }

    @Test
    void dispatched_it_runs_from_the_departure_and_completed_until_the_delivery() {
        apply(dsp42(Stage.SCHEDULED, null, null));

        apply(dsp42(Stage.DISPATCHED, DEPARTED, null));
        assertThat(driverAt("2025-10-15T10:00:00Z").from()).isEqualTo(DEPARTED);
        assertThat(driverAt("2025-10-15T10:00:00Z").to()).isEqualTo(TO);
        assertThat(anyoneAt("2025-10-15T06:02:00Z")).isFalse();

        apply(dsp42(Stage.COMPLETED, DEPARTED, DELIVERED));
        assertThat(driverAt("2025-10-15T10:00:00Z").to()).isEqualTo(DELIVERED);
        assertThat(anyoneAt("2025-10-15T11:40:00Z")).isFalse();
        // One period per dispatch, rewritten at each stage.
        assertThat(done(fleet.drivingRecord.covering("acme", truck.id(), Instant.parse("2025-10-15T10:00:00Z")))).hasSize(1);
    }

    @Test
    void a_dispatch_that_left_after_its_planned_end_is_held_for_as_long_as_it_was_planned() {
        apply(dsp42(Stage.DISPATCHED, Instant.parse("2025-10-15T19:00:00Z"), null));

        assertThat(driverAt("2025-10-15T19:00:00Z").to()).isEqualTo(Instant.parse("2025-10-16T07:00:00Z"));
    }

    @Test
    void a_cancelled_dispatch_leaves_the_record_and_withdrawing_it_again_changes_nothing() {
        apply(dsp42(Stage.SCHEDULED, null, null));

        done(fleet.dispatches.withdraw(new WithdrawDispatchCommand("acme", dispatchId)));
        done(fleet.dispatches.withdraw(new WithdrawDispatchCommand("acme", dispatchId)));

        assertThat(anyoneAt("2025-10-15T10:00:00Z")).isFalse();
        assertThat(refused(fleet.driverAt.driverAt("acme", truck.id(), Instant.parse("2025-10-15T10:00:00Z"))).code())
                .isEqualTo("no-driver-found");
    }

    @Test
    void another_business_cannot_withdraw_the_dispatch() {
        apply(dsp42(Stage.SCHEDULED, null, null));

        done(fleet.dispatches.withdraw(new WithdrawDispatchCommand("globex", dispatchId)));

        assertThat(anyoneAt("2025-10-15T10:00:00Z")).isTrue();
    }

    @Test
    void a_delivery_before_the_departure_is_refused_and_the_period_stays_as_it_was() {
        apply(dsp42(Stage.DISPATCHED, DEPARTED, null));

        Rejection rejection = refused(fleet.dispatches.record(new RecordDispatchCommand(
                dsp42(Stage.COMPLETED, DEPARTED, Instant.parse("2025-10-15T06:00:00Z")))));

        assertThat(rejection.code()).isEqualTo("delivered-before-departure");
        assertThat(rejection.field()).isEqualTo("deliveredAt");
        assertThat(driverAt("2025-10-15T10:00:00Z").to()).isEqualTo(TO);
    }

    @Test
    void a_dispatch_and_the_trip_ticket_it_runs_on_answer_with_the_dispatch() {
        UUID ticketId = UUID.randomUUID();
        done(fleet.drivingRecord.record(new DrivingPeriod("acme", truck.id(), jan.id(), null, FROM, TO, "SO-2025-000007",
                DrivingSource.TRIP_TICKET, ticketId, "TT-2025-000001")));
        apply(dsp42(Stage.SCHEDULED, null, null));

        // Same order, same start: what actually ran.
        assertThat(driverAt("2025-10-15T06:00:00Z").source()).isEqualTo(DrivingSource.DISPATCH);
        apply(dsp42(Stage.COMPLETED, DEPARTED, DELIVERED));
        // Before it left and after it delivered, the trip ticket answers.
        assertThat(driverAt("2025-10-15T06:02:00Z").sourceId()).isEqualTo(ticketId);
        assertThat(driverAt("2025-10-15T10:00:00Z").sourceId()).isEqualTo(dispatchId);
        assertThat(driverAt("2025-10-15T12:00:00Z").sourceNumber()).isEqualTo("TT-2025-000001");
    }
}
