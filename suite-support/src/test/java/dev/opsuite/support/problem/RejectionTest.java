package dev.opsuite.support.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.support.domain.Result;
import org.junit.jupiter.api.Test;

class RejectionTest {

    @Test
    void a_missing_record_is_a_404_with_a_stable_type() {
        assertThat(Rejection.found("x", "vehicle", 1)).isEqualTo("x");
        assertThatThrownBy(() -> Rejection.found(null, "transfer-dispatch-note", 7))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.rejection().code()).isEqualTo("transfer-dispatch-note-not-found");
                    assertThat(e.rejection().kind().status).isEqualTo(404);
                });
    }

    @Test
    void a_stale_if_match_is_a_412_and_no_if_match_is_no_check() {
        assertThatCode(() -> Rejection.requireVersion(null, 4)).doesNotThrowAnyException();
        assertThatCode(() -> Rejection.requireVersion(4L, 4)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Rejection.requireVersion(3L, 4))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.rejection().kind().status).isEqualTo(412));
    }

    @Test
    void a_domain_refusal_of_the_state_is_a_conflict_and_of_a_value_unprocessable() {
        assertThat(Rejection.of(new Result.Rejected<>("note-not-draft", Result.Reason.WRONG_STATE, null, "no")).kind().status)
                .isEqualTo(409);
        assertThat(Rejection.of(new Result.Rejected<>("non-positive-quantity", Result.Reason.INVALID_VALUE, "quantity", "no")).kind().status)
                .isEqualTo(422);
        assertThat(Rejection.orThrow(Result.accepted("value"))).isEqualTo("value");
        assertThatThrownBy(() -> Rejection.orThrow(Result.invalid("bad", "field", "no"))).isInstanceOf(RejectedException.class);
    }
}
