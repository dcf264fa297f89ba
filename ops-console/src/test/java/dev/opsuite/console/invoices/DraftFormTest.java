package dev.opsuite.console.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.opsuite.console.estimates.EstimateForm.Refused;
import dev.opsuite.console.estimates.Posted;
import dev.opsuite.console.web.Problem;

class DraftFormTest {

    @Test
    void the_rows_become_billings_lines_the_unchecked_box_untaxed_and_the_empty_row_left_out() {
        UUID source = UUID.randomUUID();
        DraftForm form = DraftForm.of(Posted.form("version", "2", "reason", " Return trip ", "taxRate", "0.0825",
                "lines[0].kind", "LABOR", "lines[0].sourceId", source.toString(), "lines[0].description", "Labor",
                "lines[0].rateClass", "STANDARD", "lines[0].sku", "", "lines[0].quantity", "2.5",
                "lines[0].unitPrice", "95.00",
                "lines[1].kind", "PART", "lines[1].sourceId", "", "lines[1].description", "", "lines[1].quantity", "",
                "lines[1].unitPrice", "", "lines[1].taxable", "true"));

        DraftForm.Request request = form.request();

        assertThat(request.body().reason()).isEqualTo("Return trip");
        assertThat(request.body().taxRate()).isEqualByComparingTo("0.0825");
        assertThat(request.body().lines()).containsExactly(new DraftForm.LineBody("LABOR", source, "Labor", null,
                "STANDARD", new BigDecimal("2.5"), new BigDecimal("95.00"), false));
        assertThat(request.rowOfLine()).containsExactly(0);
    }

    @Test
    void a_malformed_price_is_refused_under_its_input_and_the_services_errors_keep_their_rows() {
        assertThatThrownBy(() -> DraftForm.of(Posted.form("taxRate", "0", "lines[0].kind", "PART",
                "lines[0].description", "Filter", "lines[0].quantity", "1", "lines[0].unitPrice", "12,50")).request())
                .isInstanceOfSatisfying(Refused.class,
                        r -> assertThat(r.problem().errorFor("lines[0].unitPrice")).isNotNull());

        Problem placed = DraftForm.placed(new Problem(409, "draft-needs-pricing", "t", null,
                List.of(new Problem.FieldError("lines[1].unitPrice", "price it"))), List.of(0, 2));
        assertThat(placed.errorFor("lines[2].unitPrice")).isEqualTo("price it");
    }
}
