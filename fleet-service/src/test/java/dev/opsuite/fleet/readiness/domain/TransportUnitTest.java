package dev.opsuite.fleet.readiness.domain;

import dev.opsuite.fleet.testing.Results;
import dev.opsuite.fleet.trailers.domain.TrailerStatusChanged;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.kernel.DriverStatus;
import dev.opsuite.fleet.kernel.TrailerStatus;
import dev.opsuite.fleet.kernel.TrailerType;
import dev.opsuite.fleet.kernel.VehicleStatus;
import dev.opsuite.fleet.trailers.domain.Trailer;
import dev.opsuite.fleet.vehicles.domain.Vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.support.domain.Result;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TransportUnitTest {

    static final Instant NOW = TestMembers.NOW;
    static final Instant LATER = NOW.plusSeconds(60);

    final Driver driver = TestMembers.driver(DriverStatus.ACTIVE);
    final Vehicle truck = TestMembers.truck(VehicleStatus.ACTIVE);
    final Trailer trailer = TestMembers.trailer(TrailerType.MEGA, TrailerStatus.ACTIVE);

    @Test
    void a_unit_is_formed_of_a_driver_a_heavy_truck_and_a_trailer() {
        TransportUnit unit = formed(Readiness.ready());
        assertThat(unit.status()).isEqualTo(TransportUnitStatus.ACTIVE);
        assertThat(unit.driverId()).isEqualTo(driver.id());
        assertThat(unit.vehicleId()).isEqualTo(truck.id());
        assertThat(unit.trailerId()).isEqualTo(trailer.id());
        assertThat(unit.readyForOrder()).isTrue();
        assertThat(unit.readinessChangedAt()).isEqualTo(NOW);
    }

    @Test
    void a_light_vehicle_is_refused_naming_the_vehicle() {
        var refused = TransportUnit.form(UUID.randomUUID(), "acme", TestMembers.of(driver), TestMembers.of(TestMembers.car()),
                TestMembers.of(trailer), Readiness.ready(),
                "dispatcher", NOW);
        assertThat(refused).isInstanceOfSatisfying(Result.Rejected.class, r -> {
            assertThat(r.code()).isEqualTo("vehicle-not-heavy-truck");
            assertThat(r.field()).isEqualTo("vehicleId");
            assertThat(r.reason()).isEqualTo(Result.Reason.INVALID_VALUE);
        });
        TransportUnit unit = formed(Readiness.ready());
        assertThat(unit.changeMembers(null, TestMembers.of(TestMembers.car()), null, "d", NOW)).isInstanceOf(Result.Rejected.class);
        assertThat(unit.vehicleId()).isEqualTo(truck.id());
    }

    @Test
    void a_new_assessment_is_a_change_only_when_readiness_or_reasons_differ() {
        TransportUnit unit = formed(Readiness.of(List.of(NotReadyReason.VEHICLE_IN_REPAIR)));

        assertThat(unit.assess(Readiness.of(List.of(NotReadyReason.VEHICLE_IN_REPAIR)), LATER)).isFalse();
        assertThat(unit.readinessChangedAt()).isEqualTo(NOW);
        assertThat(unit.assess(Readiness.of(List.of(NotReadyReason.VEHICLE_IN_REPAIR, NotReadyReason.DRIVER_NOT_ACTIVE)), LATER))
                .isTrue();
        assertThat(unit.readinessChangedAt()).isEqualTo(LATER);
        assertThat(unit.assess(Readiness.ready(), LATER)).isTrue();
        assertThat(unit.readyForOrder()).isTrue();
    }

    @Test
    void members_are_swapped_one_at_a_time() {
        TransportUnit unit = formed(Readiness.ready());
        Driver other = TestMembers.driver(DriverStatus.ACTIVE);
        assertThat(unit.changeMembers(TestMembers.of(other), null, null, "dispatcher", LATER)).isInstanceOf(Result.Accepted.class);
        assertThat(unit.driverId()).isEqualTo(other.id());
        assertThat(unit.vehicleId()).isEqualTo(truck.id());
        assertThat(unit.envelope().updatedAt()).isEqualTo(LATER);
    }

    @Test
    void a_disbanded_unit_is_not_ready_and_cannot_change_or_be_disbanded_again() {
        TransportUnit unit = formed(Readiness.ready());
        assertThat(unit.disband("dispatcher", LATER)).isInstanceOf(Result.Accepted.class);

        assertThat(unit.status()).isEqualTo(TransportUnitStatus.DISBANDED);
        assertThat(unit.readiness().reasons()).containsExactly(NotReadyReason.UNIT_DISBANDED);
        assertThat(unit.disband("dispatcher", LATER)).isInstanceOfSatisfying(Result.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(Result.Reason.WRONG_STATE));
        assertThat(unit.changeMembers(TestMembers.of(TestMembers.driver(DriverStatus.ACTIVE)), null, null, "d", LATER))
                .isInstanceOfSatisfying(Result.Rejected.class, r -> assertThat(r.code()).isEqualTo("unit-disbanded"));
    }

    @Test
    void drivers_trailers_and_vehicles_announce_a_new_status_and_nothing_for_the_same_one() {
        Trailer t = TestMembers.trailer(TrailerType.FRIGO, TrailerStatus.ACTIVE);
        Result<Trailer> same = t.changeStatus(TrailerStatus.ACTIVE, "m", LATER);
        assertThat(same.events()).isEmpty();
        assertThat(t.changeStatus(TrailerStatus.IN_REPAIR, "m", LATER).events()).singleElement()
                .isInstanceOfSatisfying(TrailerStatusChanged.class, e -> {
                    assertThat(e.previousStatus()).isEqualTo(TrailerStatus.ACTIVE);
                    assertThat(e.status()).isEqualTo(TrailerStatus.IN_REPAIR);
                });

        Vehicle v = TestMembers.truck(VehicleStatus.ACTIVE);
        assertThat(v.changeStatus(VehicleStatus.OUT_OF_SERVICE, "m", "m", LATER).events()).hasSize(1);
        assertThat(v.status()).isEqualTo(VehicleStatus.OUT_OF_SERVICE);
        assertThat(v.changeStatus(null, "m", "m", LATER)).isInstanceOfSatisfying(Result.Rejected.class,
                r -> assertThat(r.field()).isEqualTo("status"));

        Driver d = TestMembers.driver(DriverStatus.ACTIVE);
        assertThat(d.update(null, null, DriverStatus.ON_LEAVE, "hr", LATER).events()).hasSize(1);
        assertThat(d.update("Jan Dvořák", null, null, "hr", LATER).events()).isEmpty();
        assertThat(d.name()).isEqualTo("Jan Dvořák");
        assertThat(d.update(" ", null, null, "hr", LATER)).isInstanceOf(Result.Rejected.class);
    }

    @Test
    void a_trailer_registration_number_is_trimmed_and_upper_cased() {
        Trailer t = Results.accepted(Trailer.register(UUID.randomUUID(), "acme", " 3ac 1200 ", TrailerType.MEGA,
                " ", null, "m", NOW));
        assertThat(t.registrationNumber()).isEqualTo("3AC 1200");
        assertThat(t.make()).isNull();
        assertThat(t.status()).isEqualTo(TrailerStatus.ACTIVE);
    }

    private TransportUnit formed(Readiness readiness) {
        return Results.accepted(TransportUnit.form(UUID.randomUUID(), "acme", TestMembers.of(driver), TestMembers.of(truck),
                TestMembers.of(trailer), readiness,
                "dispatcher", NOW));
    }
}
