package dev.opsuite.console.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.opsuite.console.customers.FormInput;

/** Reserving a part for a blocked job: the form as field-service's request, and a blocked job's age as shown. */
class ReserveFormTest {

    private static final UUID JOB = UUID.randomUUID();
    private static final UUID PART = UUID.randomUUID();
    private static final UUID TRUCK = UUID.randomUUID();

    @Test
    void the_form_is_the_request_for_the_job_from_the_truck() {
        ReserveForm form = new ReserveForm(JOB.toString(), PART.toString(), " 2.5 ", TRUCK.toString());

        assertThat(form.job()).isEqualTo(JOB);
        assertThat(form.toRequest()).isEqualTo(new ReserveForm.Request(PART, new BigDecimal("2.5"), TRUCK));
    }

    @Test
    void no_job_picked_or_a_malformed_quantity_is_a_problem_next_to_its_input() {
        assertThatThrownBy(() -> new ReserveForm("", PART.toString(), "1", TRUCK.toString()).job())
                .isInstanceOfSatisfying(FormInput.Invalid.class,
                        e -> assertThat(e.problem().errorFor("jobId")).isEqualTo("Pick the job the part is for"));
        assertThatThrownBy(() -> new ReserveForm(JOB.toString(), PART.toString(), "two", TRUCK.toString()).toRequest())
                .isInstanceOfSatisfying(FormInput.Invalid.class,
                        e -> assertThat(e.problem().hasErrorFor("quantity")).isTrue());
    }

    @Test
    void a_blank_part_or_quantity_is_left_for_the_service_to_name() {
        assertThat(new ReserveForm(JOB.toString(), "", "", TRUCK.toString()).toRequest())
                .isEqualTo(new ReserveForm.Request(null, null, TRUCK));
    }

    @Test
    void a_blocked_jobs_age_in_days_and_hours() {
        assertThat(blocked(76, 3).age()).isEqualTo("3 d 4 h");
        assertThat(blocked(5, 0).age()).isEqualTo("5 h");
    }

    private static Stock.BlockedJob blocked(long hours, long days) {
        return new Stock.BlockedJob(JOB, null, "Furnace", "WAITING_ON_PARTS", "WAITING_ON_PARTS", Instant.EPOCH, hours,
                days, false, "1x capacitor", List.of(), null);
    }
}
