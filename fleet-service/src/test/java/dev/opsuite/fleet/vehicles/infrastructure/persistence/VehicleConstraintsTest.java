package dev.opsuite.fleet.vehicles.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.support.application.Rejection;
import org.junit.jupiter.api.Test;

class VehicleConstraintsTest {

    final VehicleConstraints constraints = new VehicleConstraints();

    @Test
    void a_taken_registration_number_is_a_409_naming_it() {
        assertThat(constraints.forConstraint("vehicle_registration_number_unique")).hasValueSatisfying(r -> {
            assertThat(r.kind()).isEqualTo(Rejection.Kind.CONFLICT);
            assertThat(r.field()).isEqualTo("registrationNumber");
        });
    }

    @Test
    void other_constraints_are_not_this_catalogs() {
        assertThat(constraints.forConstraint("vehicle_tenant_id_unique")).isEmpty();
    }
}
