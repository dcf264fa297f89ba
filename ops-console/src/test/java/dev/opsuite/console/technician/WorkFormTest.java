package dev.opsuite.console.technician;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.opsuite.console.web.Problem;

/** The job page's forms turned into field-service's request bodies. */
class WorkFormTest {

    private static final UUID FILTER = UUID.fromString("739f170e-6f7f-4ed1-9467-293d5d9cfe60");

    private static WorkForm form(String hours, String partId, String sku, String quantity) {
        return new WorkForm(" Blower hums ", "  ", hours, "OVERTIME", partId, sku, quantity, " 1x capacitor ");
    }

    @Test
    void labor_hours_as_typed_with_a_point_or_a_comma() {
        assertThat(form("1.5", null, null, null).labor()).isEqualTo(new WorkRequests.Labor(new BigDecimal("1.5"), "OVERTIME"));
        assertThat(form("2,25", null, null, null).labor().hours()).isEqualByComparingTo("2.25");
        assertThat(form(" ", null, null, null).labor().hours()).as("blank: the service names the missing field").isNull();
    }

    @Test
    void a_part_from_the_truck_or_bought_on_the_way() {
        assertThat(form(null, FILTER.toString(), " FLT-16x25 ", "1").part())
                .isEqualTo(new WorkRequests.Part(FILTER, "FLT-16x25", BigDecimal.ONE));
        assertThat(form(null, "", "SEAL-KIT", "2").part()).isEqualTo(new WorkRequests.Part(null, "SEAL-KIT", new BigDecimal("2")));
    }

    @Test
    void what_the_service_could_not_read_is_refused_under_its_input() {
        assertThatThrownBy(() -> form("one and a half", null, null, null).labor())
                .isInstanceOfSatisfying(WorkForm.Invalid.class, e -> {
                    Problem p = e.problem();
                    assertThat(p.status()).isEqualTo(400);
                    assertThat(p.errorFor("hours")).isEqualTo("Hours as a number, e.g. 1.5.");
                });
        assertThatThrownBy(() -> form(null, FILTER.toString(), "FLT", "lots").part())
                .isInstanceOfSatisfying(WorkForm.Invalid.class, e -> assertThat(e.problem().hasErrorFor("quantity")).isTrue());
        assertThatThrownBy(() -> form(null, "not-a-part", "FLT", "1").part())
                .isInstanceOfSatisfying(WorkForm.Invalid.class, e -> assertThat(e.problem().hasErrorFor("partId")).isTrue());
    }

    @Test
    void text_is_trimmed_and_a_blank_cause_is_none() {
        WorkForm form = form(null, null, null, null);
        assertThat(form.diagnosis()).isEqualTo(new WorkRequests.Diagnosis("Blower hums", null));
        assertThat(form.waitingOnParts()).isEqualTo(new WorkRequests.WaitingOnParts("1x capacitor"));
        assertThat(form(null, FILTER.toString(), null, null).picked(FILTER)).isTrue();
    }
}
