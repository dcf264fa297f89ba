package dev.opsuite.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConstraintNameTest {

    @Test
    void an_exclusion_constraint_is_read_from_the_postgresql_message() {
        assertThat(ProblemMappers.constraintNamed("error executing SQL statement [ERROR: conflicting key value violates "
                + "exclusion constraint \"trip_ticket_vehicle_in_use\" (23P01)] [insert into trip_ticket ...]"))
                .isEqualTo("trip_ticket_vehicle_in_use");
    }

    @Test
    void other_constraints_and_no_message_too() {
        assertThat(ProblemMappers.constraintNamed("ERROR: duplicate key value violates unique constraint \"x_unique\""))
                .isEqualTo("x_unique");
        assertThat(ProblemMappers.constraintNamed("new row for relation \"t\" violates check constraint \"t_check\""))
                .isEqualTo("t_check");
        assertThat(ProblemMappers.constraintNamed("connection reset")).isNull();
        assertThat(ProblemMappers.constraintNamed(null)).isNull();
    }
}
