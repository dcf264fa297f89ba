package dev.opsuite.console.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FormBodyTest {

    @Test
    void inputs_named_by_json_paths_make_the_body_blank_ones_are_left_out() {
        Map<String, Object> body = FormBody.of(Map.of("location", " D1, km 45 ", "offenseDetails", "", "amount", "500",
                "committedAt", "2025-10-15T14:30", "damageEstimate.amount", "50000", "damageEstimate.currency", "CZK"))
                .text("location", "offenseDetails", "damageEstimate.currency").decimal("amount").decimal("damageEstimate.amount")
                .instant("committedAt").body();

        assertThat(body).containsEntry("location", "D1, km 45").doesNotContainKey("offenseDetails")
                .containsEntry("amount", new BigDecimal("500")).containsEntry("committedAt", "2025-10-15T14:30:00Z")
                .containsEntry("damageEstimate", Map.of("amount", new BigDecimal("50000"), "currency", "CZK"));
    }

    @Test
    void what_does_not_parse_is_sent_as_typed_for_the_service_to_name() {
        Map<String, Object> body = FormBody.of(Map.of("amount", "5OO", "committedAt", "yesterday"))
                .decimal("amount").instant("committedAt").body();

        assertThat(body).containsEntry("amount", "5OO").containsEntry("committedAt", "yesterday");
    }
}
