package dev.opsuite.fleet.vehicles.application.service;

import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.fleet.kernel.VehicleStatus;
import dev.opsuite.testing.fakes.ControlledClock;
import dev.opsuite.fleet.testing.InMemoryVehicles;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import dev.opsuite.fleet.vehicles.application.port.in.ChangeVehicleStatusUseCase.ChangeVehicleStatusCommand;
import dev.opsuite.fleet.vehicles.application.port.in.ChangeVehicleStatusUseCase.VehicleWorkCommand;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.fleet.vehicles.domain.VehicleStatusChanged;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Seed 004: a vehicle goes in service, in repair and back; every real move is announced once, with its reason. */
class VehicleStatusServiceTest {

    static final Actor MECHANIC = new Actor("acme", "mechanic");

    final ControlledClock clock = ControlledClock.at("2026-03-10T08:00:00Z");
    final InMemoryVehicles vehicles = new InMemoryVehicles();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final VehicleStatusService status = new VehicleStatusService(vehicles, events, clock);
    final Vehicle truck = vehicles.given(new Vehicle(
            Envelope.created(UUID.randomUUID(), "acme", "m", clock.instant()).withVersion(3),
            new Vehicle.Particulars("5AB 0045", VehicleKind.LKV, "MAN", "TGX 18.440", null), null, 95_000, null,
            VehicleStatus.ACTIVE));

    @Test
    void service_work_takes_the_truck_in_service_and_its_completion_brings_it_back_with_the_mileage_read() {
        done(status.enterService(new VehicleWorkCommand(MECHANIC, truck.id(), "Service request SR-2026-000004 started")));
        assertThat(truck.status()).isEqualTo(VehicleStatus.IN_SERVICE);

        done(status.leaveService(new VehicleWorkCommand(MECHANIC, truck.id(), "Service request SR-2026-000004 completed",
                95_800L)));
        assertThat(truck.status()).isEqualTo(VehicleStatus.ACTIVE);
        assertThat(truck.odometerKm()).isEqualTo(95_800);
        assertThat(vehicles.readings()).hasSize(1);

        assertThat(events.published(VehicleStatusChanged.class))
                .extracting(VehicleStatusChanged::previousStatus, VehicleStatusChanged::status, VehicleStatusChanged::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(VehicleStatus.ACTIVE, VehicleStatus.IN_SERVICE,
                                "Service request SR-2026-000004 started"),
                        org.assertj.core.groups.Tuple.tuple(VehicleStatus.IN_SERVICE, VehicleStatus.ACTIVE,
                                "Service request SR-2026-000004 completed"));
    }

    @Test
    void a_truck_in_repair_does_not_start_service_work_and_nothing_is_announced() {
        done(status.enterRepair(new VehicleWorkCommand(MECHANIC, truck.id(), "Accident ACC-2026-000001 reported")));
        events.published().forEach(e -> assertThat(e).isInstanceOf(VehicleStatusChanged.class));
        int announced = events.published().size();

        Rejection busy = refused(status.enterService(new VehicleWorkCommand(MECHANIC, truck.id(), "SR started")));
        assertThat(busy.code()).isEqualTo("vehicle-not-available");
        assertThat(busy.kind()).isEqualTo(Rejection.Kind.CONFLICT);
        assertThat(events.published()).hasSize(announced);
        assertThat(truck.status()).isEqualTo(VehicleStatus.IN_REPAIR);
    }

    @Test
    void setting_the_same_status_again_changes_and_announces_nothing() {
        Vehicle same = done(status.changeStatus(new ChangeVehicleStatusCommand(MECHANIC, truck.id(), 3L,
                VehicleStatus.ACTIVE, null)));
        assertThat(same.status()).isEqualTo(VehicleStatus.ACTIVE);
        assertThat(events.published()).isEmpty();

        done(status.changeStatus(new ChangeVehicleStatusCommand(MECHANIC, truck.id(), null, VehicleStatus.OUT_OF_SERVICE,
                "Sold")));
        assertThat(events.published(VehicleStatusChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.registrationNumber()).isEqualTo("5AB 0045");
            assertThat(e.changedAt()).isEqualTo(clock.instant());
            assertThat(e.changedBy()).isEqualTo("mechanic");
        });
    }

    @Test
    void a_stale_version_or_an_unknown_vehicle_is_refused_and_work_on_an_unknown_vehicle_answers_empty() {
        assertThat(refused(status.changeStatus(new ChangeVehicleStatusCommand(MECHANIC, truck.id(), 2L,
                VehicleStatus.OUT_OF_SERVICE, null))).kind()).isEqualTo(Rejection.Kind.STALE);
        assertThat(refused(status.changeStatus(new ChangeVehicleStatusCommand(MECHANIC, UUID.randomUUID(), null,
                VehicleStatus.OUT_OF_SERVICE, null))).kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
        assertThat(done(status.leaveRepair(new VehicleWorkCommand(MECHANIC, UUID.randomUUID(), "done")))).isEmpty();
        assertThat(events.published()).isEmpty();
    }
}
