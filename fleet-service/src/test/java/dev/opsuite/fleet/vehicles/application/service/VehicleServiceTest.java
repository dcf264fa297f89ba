package dev.opsuite.fleet.vehicles.application.service;

import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.fleet.kernel.VehicleStatus;
import dev.opsuite.testing.fakes.ControlledClock;
import dev.opsuite.fleet.testing.InMemoryVehicles;
import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery.VehicleFilter;
import dev.opsuite.fleet.vehicles.application.port.in.RecordOdometerReadingUseCase.RecordOdometerReadingCommand;
import dev.opsuite.fleet.vehicles.domain.AssignmentMode;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Seed 004, the vehicle register: trucks and light vehicles, and odometers that only go up. Use cases on fakes. */
class VehicleServiceTest {

    static final Actor MANAGER = new Actor("acme", "fleet-manager");

    final ControlledClock clock = ControlledClock.at("2026-03-10T08:00:00Z");
    final InMemoryVehicles vehicles = new InMemoryVehicles();
    final VehicleService register = new VehicleService(vehicles, clock);

    @Test
    void a_heavy_truck_is_registered_active_with_its_mileage() {
        Vehicle truck = done(register.register(MANAGER, new Vehicle.Registration(" 5ab 0045 ", VehicleKind.LKV, "MAN",
                "TGX 18.440", null, 95_000, null)));

        assertThat(truck.registrationNumber()).isEqualTo("5AB 0045");
        assertThat(truck.status()).isEqualTo(VehicleStatus.ACTIVE);
        assertThat(truck.odometerKm()).isEqualTo(95_000);
        assertThat(truck.envelope().createdAt()).isEqualTo(clock.instant());
        assertThat(done(register.vehicle("acme", truck.id()))).isSameAs(truck);
    }

    @Test
    void a_light_vehicle_needs_an_assignment_mode_and_a_truck_has_none() {
        Rejection car = refused(() -> register.register(MANAGER, new Vehicle.Registration("1AB 2345", VehicleKind.PKV,
                "Škoda", "Octavia", null, 1_000, null)));
        assertThat(car.code()).isEqualTo("assignment-mode-required");
        assertThat(car.field()).isEqualTo("assignmentMode");
        assertThat(car.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);

        Rejection truck = refused(() -> register.register(MANAGER, new Vehicle.Registration("5AB 0045", VehicleKind.LKV,
                "MAN", "TGX", null, 1_000, AssignmentMode.POOL)));
        assertThat(truck.code()).isEqualTo("assignment-mode-not-allowed");
        assertThat(truck.field()).isEqualTo("assignmentMode");
        assertThat(truck.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
    }

    @Test
    void an_odometer_reading_moves_the_mileage_up_and_never_down() {
        Vehicle truck = done(register.register(MANAGER, new Vehicle.Registration("5AB 0045", VehicleKind.LKV, "MAN",
                "TGX 18.440", null, 95_000, null)));
        Instant readAt = clock.instant();
        clock.advance(Duration.ofHours(1));

        Vehicle read = done(register.record(new RecordOdometerReadingCommand(MANAGER, truck.id(), 95_420, readAt, null)));
        assertThat(read.odometerKm()).isEqualTo(95_420);
        assertThat(read.odometerReadAt()).isEqualTo(readAt);
        assertThat(vehicles.readings()).singleElement().satisfies(r -> assertThat(r.odometerKm()).isEqualTo(95_420));

        Rejection lower = refused(register.record(new RecordOdometerReadingCommand(MANAGER, truck.id(), 95_000, readAt,
                null)));
        assertThat(lower.code()).isEqualTo("odometer-decreased");
        assertThat(lower.field()).isEqualTo("odometerKm");
        assertThat(vehicles.readings()).hasSize(1);
    }

    @Test
    void a_trip_tickets_reading_is_refused_under_the_name_the_ticket_used() {
        Vehicle truck = done(register.register(MANAGER, new Vehicle.Registration("5AB 0045", VehicleKind.LKV, "MAN",
                "TGX 18.440", null, 95_000, null)));

        Rejection future = refused(register.record(new RecordOdometerReadingCommand(MANAGER, truck.id(), 95_100,
                clock.instant().plus(Duration.ofDays(1)), null, "odometerIn")));
        assertThat(future.code()).isEqualTo("read-in-future");
        assertThat(future.field()).isEqualTo("odometerIn");
    }

    @Test
    void a_stale_if_match_and_another_tenants_vehicle_are_refused() {
        Vehicle truck = done(register.register(MANAGER, new Vehicle.Registration("5AB 0045", VehicleKind.LKV, "MAN",
                "TGX 18.440", null, 95_000, null)));

        assertThat(refused(register.record(new RecordOdometerReadingCommand(MANAGER, truck.id(), 95_100, clock.instant(),
                7L))).kind()).isEqualTo(Rejection.Kind.STALE);
        assertThat(refused(register.record(new RecordOdometerReadingCommand(new Actor("globex", "m"), truck.id(), 95_100,
                clock.instant(), null))).kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
        assertThat(refused(register.vehicle("globex", truck.id())).kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
        assertThat(done(register.find("globex", truck.id()))).isEmpty();
    }

    @Test
    void the_register_lists_and_counts_by_kind_and_status() {
        done(register.register(MANAGER, new Vehicle.Registration("5AB 0045", VehicleKind.LKV, "MAN", "TGX", null, 1, null)));
        done(register.register(MANAGER, new Vehicle.Registration("1AB 2345", VehicleKind.PKV, "Škoda", "Octavia", null, 1,
                AssignmentMode.POOL)));

        var trucks = done(register.vehicles("acme", new VehicleFilter(VehicleKind.LKV, null), new PageRequest(1, 20,
                "registrationNumber", true)));
        assertThat(trucks.total()).isEqualTo(1);
        assertThat(trucks.items()).extracting(Vehicle::registrationNumber).containsExactly("5AB 0045");
        assertThat(done(register.countByKindAndStatus("acme"))).hasSize(2)
                .allSatisfy(c -> assertThat(c.count()).isEqualTo(1));
        assertThat(done(register.findAll("acme", trucks.items().stream().map(Vehicle::id).toList()))).hasSize(1);
        assertThat(done(register.findAll("acme", java.util.List.of(UUID.randomUUID())))).isEmpty();
    }
}
