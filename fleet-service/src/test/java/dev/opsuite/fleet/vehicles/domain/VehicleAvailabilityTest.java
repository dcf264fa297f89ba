package dev.opsuite.fleet.vehicles.domain;

import dev.opsuite.support.domain.Envelope;
import static dev.opsuite.fleet.testing.Results.accepted;
import static dev.opsuite.fleet.testing.Results.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.fleet.kernel.VehicleStatus;
import dev.opsuite.support.domain.Result;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VehicleAvailabilityTest {

    static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");

    @Test
    void a_vehicle_goes_in_service_only_from_active_and_back_only_from_in_service() {
        Vehicle truck = truck(VehicleStatus.ACTIVE);
        Result<Vehicle> in = truck.enterService("SR-1 started", "mechanic", NOW);
        assertThat(in.events()).singleElement().isInstanceOfSatisfying(VehicleStatusChanged.class, e -> {
            assertThat(e.previousStatus()).isEqualTo(VehicleStatus.ACTIVE);
            assertThat(e.status()).isEqualTo(VehicleStatus.IN_SERVICE);
        });
        assertThat(truck.status()).isEqualTo(VehicleStatus.IN_SERVICE);
        assertThat(truck.envelope().updatedBy()).isEqualTo("mechanic");

        var twice = rejected(truck.enterService("SR-2 started", "mechanic", NOW));
        assertThat(twice.code()).isEqualTo("vehicle-not-available");
        assertThat(twice.reason()).isEqualTo(Result.Reason.WRONG_STATE);

        assertThat(truck.leaveService("SR-1 completed", "mechanic", NOW).events()).singleElement()
                .isInstanceOfSatisfying(VehicleStatusChanged.class, out -> {
                    assertThat(out.previousStatus()).isEqualTo(VehicleStatus.IN_SERVICE);
                    assertThat(out.status()).isEqualTo(VehicleStatus.ACTIVE);
                    assertThat(out.reason()).isEqualTo("SR-1 completed");
                });
        assertThat(truck.leaveService("again", "mechanic", NOW).events()).isEmpty();
    }

    @Test
    void a_vehicle_in_repair_or_out_of_service_does_not_start_service_work() {
        for (VehicleStatus status : new VehicleStatus[] { VehicleStatus.IN_REPAIR, VehicleStatus.OUT_OF_SERVICE }) {
            Vehicle v = truck(status);
            assertThat(rejected(v.enterService("start", "mechanic", NOW)).code()).isEqualTo("vehicle-not-available");
            assertThat(accepted(v.leaveService("done", "mechanic", NOW))).as("keeps %s", status).isSameAs(v);
            assertThat(v.leaveService("done", "mechanic", NOW).events()).isEmpty();
            assertThat(v.status()).isEqualTo(status);
        }
    }

    private static Vehicle truck(VehicleStatus status) {
        return new Vehicle(Envelope.created(UUID.randomUUID(), "acme", "m", NOW).withVersion(3),
                new Vehicle.Particulars("1AB 0045", VehicleKind.LKV, "MAN", "TGX", null), null, 95_000, null, status);
    }
}
