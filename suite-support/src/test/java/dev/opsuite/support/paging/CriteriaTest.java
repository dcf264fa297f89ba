package dev.opsuite.support.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.support.application.RejectedException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriteriaTest {

    static final Instant NOV_1 = Instant.parse("2026-11-01T00:00:00Z");
    static final Instant DEC_1 = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void every_query_starts_with_the_tenant_and_skips_absent_filters() {
        Criteria where = Criteria.forTenant("acme").eq("status", null).eq("originLocationId", "w1");

        assertThat(where.query()).isEqualTo("tenantId = :tenantId and originLocationId = :originLocationId");
        assertThat(where.parameters()).containsEntry("tenantId", "acme").containsEntry("originLocationId", "w1");
    }

    @Test
    void a_date_range_includes_its_start_and_excludes_its_end() {
        Criteria where = Criteria.forTenant("acme").within("createdAt", DateRange.of("createdAt", NOV_1, DEC_1));

        assertThat(where.query()).isEqualTo("tenantId = :tenantId and createdAt >= :createdAtFrom and createdAt < :createdAtTo");
        assertThat(where.parameters()).containsEntry("createdAtFrom", NOV_1).containsEntry("createdAtTo", DEC_1);
    }

    @Test
    void an_open_ended_range_filters_on_one_side_only() {
        Criteria where = Criteria.forTenant("acme").within("dispatchDate", DateRange.of("dispatchDate", NOV_1, null));

        assertThat(where.query()).endsWith("dispatchDate >= :dispatchDateFrom");
    }

    @Test
    void free_text_matches_any_property_case_insensitively_with_wildcards_escaped() {
        Criteria where = Criteria.forTenant("acme").containsText("50%_Off", "originName", "destinationName");

        // Hibernate's default is escape '': the escape character has to be named for the backslashes to count.
        assertThat(where.query()).endsWith("(lower(originName) like :text escape '\\' or lower(destinationName) like :text escape '\\')");
        assertThat(where.parameters()).containsEntry("text", "%50\\%\\_off%");
        assertThat(Criteria.containing(" C:\\Temp ")).isEqualTo("%c:\\\\temp%");
    }

    @Test
    void the_same_property_twice_gets_two_parameters() {
        Criteria where = Criteria.forTenant("acme").eq("status", "DRAFT").in("status", List.of("DRAFT", "ACTIVE"));

        assertThat(where.query()).isEqualTo("tenantId = :tenantId and status = :status and status in :status2");
    }

    @Test
    void a_range_that_ends_before_it_starts_is_refused_naming_its_end() {
        assertThatThrownBy(() -> DateRange.of("createdAt", DEC_1, NOV_1))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.rejection().field()).isEqualTo("createdAtTo");
                    assertThat(e.rejection().kind()).isEqualTo(dev.opsuite.support.application.Rejection.Kind.INVALID);
                });
        assertThat(DateRange.of("createdAt", null, null)).isNull();
        assertThat(DateRange.of("createdAt", NOV_1, DEC_1).contains(DEC_1)).isFalse();
        assertThat(DateRange.of("createdAt", NOV_1, DEC_1).contains(NOV_1)).isTrue();
    }
}
