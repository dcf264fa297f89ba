package dev.opsuite.support.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.support.application.RejectedException;
import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void if_match_names_a_version_strong_or_weak() {
        assertThat(ETags.parse("\"3\"")).isEqualTo(3L);
        assertThat(ETags.parse("W/\"3\"")).isEqualTo(3L);
    }

    @Test
    void no_if_match_or_a_wildcard_means_no_expectation() {
        assertThat(ETags.parse(null)).isNull();
        assertThat(ETags.parse("*")).isNull();
    }

    @Test
    void a_malformed_if_match_is_a_400_naming_the_header() {
        assertThatThrownBy(() -> ETags.parse("\"abc\""))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.rejection().field()).isEqualTo("If-Match"));
    }
}
