package dev.opsuite.fleet.vehicles.domain;

import dev.opsuite.fleet.kernel.OdometerPolicy;
import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.fleet.kernel.VehicleStatus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.support.domain.Result;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VehicleTest {

    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void a_new_vehicle_is_active_with_its_registration_normalized() {
        Vehicle truck = accepted(Vehicle.register(UUID.randomUUID(), "acme",
                new Vehicle.Registration(" 1ab 2345 ", VehicleKind.LKV, "MAN", "TGX 18.440", "wman06zz0ay123456", 95_000, null),
                "manager", NOW));

        assertThat(truck.status()).isEqualTo(VehicleStatus.ACTIVE);
        assertThat(truck.registrationNumber()).isEqualTo("1AB 2345");
        assertThat(truck.vin()).isEqualTo("WMAN06ZZ0AY123456");
        assertThat(truck.odometerKm()).isEqualTo(95_000);
        assertThat(truck.version()).isZero();
    }

    @Test
    void a_light_vehicle_needs_an_assignment_mode() {
        var result = Vehicle.register(UUID.randomUUID(), "acme",
                new Vehicle.Registration("2AB 0001", VehicleKind.PKV, "Škoda", "Octavia", null, 0, null), "manager", NOW);

        assertThat(result).isInstanceOfSatisfying(Result.Rejected.class, r -> {
            assertThat(r.code()).isEqualTo("assignment-mode-required");
            assertThat(r.field()).isEqualTo("assignmentMode");
        });
    }

    @Test
    void a_heavy_truck_refuses_an_assignment_mode() {
        var result = Vehicle.register(UUID.randomUUID(), "acme",
                new Vehicle.Registration("3AB 0001", VehicleKind.LKV, "Scania", "R450", null, 0, AssignmentMode.POOL),
                "manager", NOW);

        assertThat(result).isInstanceOfSatisfying(Result.Rejected.class, r -> {
            assertThat(r.code()).isEqualTo("assignment-mode-not-allowed");
            assertThat(r.field()).isEqualTo("assignmentMode");
        });
    }

    @Test
    void a_light_vehicle_with_a_mode_is_accepted() {
        Vehicle car = accepted(Vehicle.register(UUID.randomUUID(), "acme",
                new Vehicle.Registration("4AB 0001", VehicleKind.PKV, "VW", "Transporter", null, 12, AssignmentMode.SPARE),
                "manager", NOW));

        assertThat(car.assignmentMode()).isEqualTo(AssignmentMode.SPARE);
    }

    @Test
    void odometer_readings_only_go_up() {
        Vehicle truck = truck(95_000);
        Instant later = NOW.plusSeconds(3600);

        var lower = truck.recordOdometer(UUID.randomUUID(), 94_999, later, "mechanic", later);
        assertThat(lower).isInstanceOfSatisfying(Result.Rejected.class, r -> {
            assertThat(r.code()).isEqualTo("odometer-decreased");
            assertThat(r.field()).isEqualTo("odometerKm");
            assertThat(r.reason()).isEqualTo(Result.Reason.INVALID_VALUE);
        });
        assertThat(truck.odometerKm()).isEqualTo(95_000);

        OdometerReading reading = accepted(truck.recordOdometer(UUID.randomUUID(), 95_400, later, "mechanic", later));
        assertThat(reading.odometerKm()).isEqualTo(95_400);
        assertThat(reading.vehicleId()).isEqualTo(truck.id());
        assertThat(truck.odometerKm()).isEqualTo(95_400);
        assertThat(truck.odometerReadAt()).isEqualTo(later);
        assertThat(truck.envelope().updatedBy()).isEqualTo("mechanic");
    }

    @Test
    void a_reading_is_not_taken_in_the_future() {
        Vehicle truck = truck(95_000);
        var tomorrow = truck.recordOdometer(UUID.randomUUID(), 95_400, NOW.plusSeconds(86_400), "mechanic", NOW);
        assertThat(tomorrow).isInstanceOfSatisfying(Result.Rejected.class, r -> {
            assertThat(r.code()).isEqualTo("read-in-future");
            assertThat(r.field()).isEqualTo("readAt");
        });
        assertThat(truck.odometerKm()).isEqualTo(95_000);
        assertThat(truck.odometerReadAt()).isNull();
    }

    @Test
    void the_same_reading_again_is_accepted() {
        assertThat(OdometerPolicy.next(1_000, 1_000)).isInstanceOf(Result.Accepted.class);
    }

    @Test
    void no_odometer_shows_more_than_seven_digits() {
        assertThat(OdometerPolicy.initial(OdometerPolicy.MAX_KM)).isInstanceOf(Result.Accepted.class);
        assertThat(OdometerPolicy.initial(OdometerPolicy.MAX_KM + 1)).isInstanceOfSatisfying(Result.Rejected.class, r -> {
            assertThat(r.code()).isEqualTo("odometer-too-high");
            assertThat(r.field()).isEqualTo("odometerKm");
        });
        assertThat(OdometerPolicy.next(95_000, Long.MAX_VALUE)).isInstanceOfSatisfying(Result.Rejected.class,
                r -> assertThat(r.code()).isEqualTo("odometer-too-high"));
    }

    @Test
    void a_negative_initial_mileage_is_refused() {
        assertThat(OdometerPolicy.initial(-1)).isInstanceOfSatisfying(Result.Rejected.class,
                r -> assertThat(r.field()).isEqualTo("odometerKm"));
    }

    private static Vehicle truck(long km) {
        return accepted(Vehicle.register(UUID.randomUUID(), "acme",
                new Vehicle.Registration("5AB 0001", VehicleKind.LKV, "Mercedes-Benz", "Actros", null, km, null), "manager", NOW));
    }

    @SuppressWarnings("unchecked")
    private static <T> T accepted(Result<T> result) {
        assertThat(result).isInstanceOf(Result.Accepted.class);
        return ((Result.Accepted<T>) result).value();
    }
}
