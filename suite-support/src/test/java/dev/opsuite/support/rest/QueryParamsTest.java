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
}
