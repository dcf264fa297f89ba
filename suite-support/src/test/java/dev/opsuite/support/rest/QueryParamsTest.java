package dev.opsuite.support.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.support.application.RejectedException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void an_instant_is_read_in_utc_with_an_offset_or_as_a_date() {
        assertThat(QueryParams.instant("at", "2025-10-15T12:30:00Z")).isEqualTo(Instant.parse("2025-10-15T12:30:00Z"));
        assertThat(QueryParams.instant("at", "2025-10-15T14:30:00+02:00")).isEqualTo(Instant.parse("2025-10-15T12:30:00Z"));
        assertThat(QueryParams.instant("at", "2025-10-15")).isEqualTo(Instant.parse("2025-10-15T00:00:00Z"));
        assertThat(QueryParams.instant("at", " ")).isNull();
    }

    @Test
    void a_plus_sent_unencoded_arrives_as_a_space_and_is_read_as_the_plus() {
        assertThat(QueryParams.instant("at", "2025-10-15T14:30:00 02:00")).isEqualTo(Instant.parse("2025-10-15T12:30:00Z"));
    }

    @Test
    void a_malformed_or_missing_required_instant_names_the_parameter() {
        assertThatThrownBy(() -> QueryParams.instant("from", "yesterday"))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.rejection().code()).isEqualTo("malformed-parameter");
                    assertThat(e.rejection().field()).isEqualTo("from");
                });
        assertThatThrownBy(() -> QueryParams.requiredInstant("at", null))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.rejection().code()).isEqualTo("missing-parameter");
                    assertThat(e.rejection().field()).isEqualTo("at");
                });
    }

    enum Urgency { NORMAL, EMERGENCY }

    @Test
    void a_list_filter_reads_its_constant_in_any_case_and_an_unknown_one_names_the_parameter_and_the_values() {
        assertThat(QueryParams.filter("urgency", " emergency ", Urgency.class)).isEqualTo(Urgency.EMERGENCY);
        assertThat(QueryParams.filter("urgency", "", Urgency.class)).isNull();
        assertThatThrownBy(() -> QueryParams.filter("urgency", "soon", Urgency.class))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.rejection().code()).isEqualTo("invalid-filter");
                    assertThat(e.rejection().field()).isEqualTo("urgency");
                    assertThat(e.rejection().detail()).isEqualTo("urgency is one of NORMAL, EMERGENCY.");
                });
    }

    @Test
    void a_flag_is_true_or_false_in_any_case_absent_is_null_and_anything_else_names_the_parameter() {
        assertThat(QueryParams.flag("active", " TRUE ")).isTrue();
        assertThat(QueryParams.flag("active", "false")).isFalse();
        assertThat(QueryParams.flag("active", " ")).isNull();
        assertThatThrownBy(() -> QueryParams.flag("active", "maybe"))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.rejection().code()).isEqualTo("invalid-filter");
                    assertThat(e.rejection().field()).isEqualTo("active");
                });
    }
}
