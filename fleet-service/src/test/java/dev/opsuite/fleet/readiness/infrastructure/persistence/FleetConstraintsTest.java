package dev.opsuite.fleet.readiness.infrastructure.persistence;


import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.support.application.Rejection;
import org.junit.jupiter.api.Test;

class FleetConstraintsTest {

    final FleetConstraints constraints = new FleetConstraints();

    @Test
    void a_member_already_in_an_active_unit_is_a_409_naming_it() {
        assertThat(constraints.forConstraint("transport_unit_driver_active")).hasValueSatisfying(r -> {
            assertThat(r.kind()).isEqualTo(Rejection.Kind.CONFLICT);
            assertThat(r.field()).isEqualTo("driverId");
        });
        assertThat(constraints.forConstraint("transport_unit_vehicle_active")).hasValueSatisfying(r ->
                assertThat(r.field()).isEqualTo("vehicleId"));
        assertThat(constraints.forConstraint("transport_unit_trailer_active")).hasValueSatisfying(r ->
                assertThat(r.field()).isEqualTo("trailerId"));
    }

    @Test
    void a_light_vehicle_slipping_into_a_unit_is_a_422_naming_it() {
        assertThat(constraints.forConstraint("transport_unit_vehicle")).hasValueSatisfying(r -> {
            assertThat(r.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
            assertThat(r.code()).isEqualTo("vehicle-not-heavy-truck");
        });
    }

    @Test
    void other_constraints_are_not_this_catalogs() {
        assertThat(constraints.forConstraint("vehicle_registration_number_unique")).isEmpty();
        assertThat(constraints.forConstraint(null)).isEmpty();
    }
}
