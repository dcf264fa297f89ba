package dev.opsuite.console.estimates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.opsuite.console.estimates.FieldEstimatesApi.LineBody;
import dev.opsuite.console.web.Problem;

class EstimateFormTest {

    @Test
    void rows_become_labor_and_part_lines_and_empty_rows_are_left_out() {
        EstimateForm form = EstimateForm.of(Posted.form("jobId", " j-1 ", "version", "3",
                "lines[0].item", "LABOR:STANDARD", "lines[0].quantity", "4",
                "lines[1].item", "", "lines[1].quantity", "",
                "lines[2].item", "PART:AC-COND-3T", "lines[2].quantity", "1.5"));

        EstimateForm.Request request = form.request();

        assertThat(form.jobId()).isEqualTo("j-1");
        assertThat(request.body().lines()).containsExactly(
                new LineBody("LABOR", new BigDecimal("4"), "STANDARD", null, null),
                new LineBody("PART", null, null, "AC-COND-3T", new BigDecimal("1.5")));
        assertThat(request.rowOfLine()).containsExactly(0, 2);
    }

    @Test
    void the_services_line_errors_land_under_the_rows_they_came_from() {
        Problem service = new Problem(400, "validation", "Invalid", null, List.of(
                new Problem.FieldError("lines[1].quantity", "must be greater than 0"),
                new Problem.FieldError("lines[0].hours", "too many"),
                new Problem.FieldError("lines[1].sku", "not in the price book"),
                new Problem.FieldError("jobId", "no such job")));

        Problem placed = EstimateForm.placed(service, List.of(0, 2));

        assertThat(placed.errorFor("lines[2].quantity")).isEqualTo("must be greater than 0");
        assertThat(placed.errorFor("lines[0].quantity")).isEqualTo("too many");
        assertThat(placed.errorFor("lines[2].item")).isEqualTo("not in the price book");
        assertThat(placed.errorFor("jobId")).isEqualTo("no such job");
        assertThat(placed.status()).isEqualTo(400);
    }

    @Test
    void a_row_without_a_number_or_an_item_is_refused_by_the_console() {
        assertThatThrownBy(() -> EstimateForm.of(Posted.form("lines[0].item", "PART:X", "lines[0].quantity", "two")).request())
                .isInstanceOfSatisfying(EstimateForm.Refused.class,
                        r -> assertThat(r.problem().errorFor("lines[0].quantity")).isNotNull());
        assertThatThrownBy(() -> EstimateForm.of(Posted.form("lines[0].item", "", "lines[0].quantity", "2")).request())
                .isInstanceOfSatisfying(EstimateForm.Refused.class,
                        r -> assertThat(r.problem().errorFor("lines[0].item")).isNotNull());
    }

    @Test
    void an_estimate_becomes_its_rows_and_three_empty_ones() {
        Estimate estimate = new Estimate(UUID.randomUUID(), UUID.randomUUID(), null, "DRAFT", "NOT_SENT", "USD",
                List.of(new Estimate.Line("LABOR", "Labor", null, "OVERTIME", new BigDecimal("2.50"), null, null, false),
                        new Estimate.Line("PART", "Filter", "FLT", null, new BigDecimal("1.000"), null, null, true)),
                null, null, null, null, null, null, null, null, null, 7);

        EstimateForm form = EstimateForm.of(estimate);

        assertThat(form.version()).isEqualTo("7");
        assertThat(form.rows()).hasSize(5);
        assertThat(form.rows().get(0).isLabor("OVERTIME")).isTrue();
        assertThat(form.rows().get(0).quantity()).isEqualTo("2.5");
        assertThat(form.rows().get(1).isPart("FLT")).isTrue();
        assertThat(form.rows().get(1).quantity()).isEqualTo("1");
        assertThat(ETag.ifMatch(form.version())).isEqualTo("\"7\"");
    }

    @Test
    void after_submitting_the_notice_says_where_the_threshold_sent_it() {
        Estimate waiting = new Estimate(UUID.randomUUID(), UUID.randomUUID(), null, "OWNER_APPROVAL_REQUIRED",
                "NOT_SENT", "USD", null, null, null, null, null, null, null, null, null, null, 1);

        assertThat(EstimatesResource.notice("submitted", waiting)).contains("waits for the owner");
        assertThat(EstimatesResource.notice("created", waiting)).startsWith("Estimate saved as a draft");
        assertThat(EstimatesResource.notice("<script>", waiting)).isNull();
    }
}
