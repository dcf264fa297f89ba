package dev.opsuite.field.intake.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.support.application.Rejection;
import org.junit.jupiter.api.Test;

class IntakeConstraintsTest {

    final IntakeConstraints constraints = new IntakeConstraints();

    @Test
    void a_vanished_customer_is_a_422_naming_customer_id() {
        assertThat(constraints.forConstraint("service_call_customer")).hasValueSatisfying(r -> {
            assertThat(r.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
            assertThat(r.field()).isEqualTo("customerId");
        });
    }

    @Test
    void a_vanished_earlier_call_names_callback_of() {
        assertThat(constraints.forConstraint("service_call_callback_of")).hasValueSatisfying(r -> assertThat(r.field()).isEqualTo("callbackOf"));
    }

    @Test
    void other_constraints_are_not_this_catalogs() {
        assertThat(constraints.forConstraint("service_call_number_unique")).isEmpty();
    }
}
