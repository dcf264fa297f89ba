package dev.opsuite.support.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RejectionTest {

    @Test
    void a_missing_record_is_not_found_with_a_stable_code() {
        assertThat(Rejection.found("x", "vehicle", 1)).isEqualTo("x");
        assertThat(Optional.of("y").orElseThrow(Rejection.missing("vehicle", 1))).isEqualTo("y");
        assertThatThrownBy(() -> Optional.empty().orElseThrow(Rejection.missing("vehicle", 2)))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.rejection().code()).isEqualTo("vehicle-not-found"));
        assertThatThrownBy(() -> Rejection.found(null, "transfer-dispatch-note", 7))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.rejection().code()).isEqualTo("transfer-dispatch-note-not-found");
                    assertThat(e.rejection().kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
                });
    }

    @Test
    void the_record_a_change_applies_to_is_found_and_at_the_expected_version() {
        Enveloped atThree = () -> new Envelope(java.util.UUID.randomUUID(), "acme", "u", null, "u", null, 3);
        assertThat(Rejection.current(Optional.of(atThree), "product", 1, 3L)).isSameAs(atThree);
        assertThat(Rejection.current(Optional.of(atThree), "product", 1, null)).isSameAs(atThree);
        assertThatThrownBy(() -> Rejection.current(Optional.<Enveloped>empty(), "product", 1, 3L))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.rejection().code()).isEqualTo("product-not-found"));
        assertThatThrownBy(() -> Rejection.current(Optional.of(atThree), "product", 1, 2L))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.rejection().kind()).isEqualTo(Rejection.Kind.STALE));
    }

    @Test
    void a_stale_expected_version_is_stale_and_none_is_no_check() {
        assertThatCode(() -> Rejection.requireVersion(null, 4)).doesNotThrowAnyException();
        assertThatCode(() -> Rejection.requireVersion(4L, 4)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Rejection.requireVersion(3L, 4))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.rejection().kind()).isEqualTo(Rejection.Kind.STALE));
    }

    @Test
    void a_domain_refusal_of_the_state_is_a_conflict_and_of_a_value_unprocessable() {
        assertThat(Rejection.of(new Result.Rejected<>("note-not-draft", Result.Reason.WRONG_STATE, null, "no")).kind())
                .isEqualTo(Rejection.Kind.CONFLICT);
        assertThat(Rejection.of(new Result.Rejected<>("non-positive-quantity", Result.Reason.INVALID_VALUE, "quantity", "no")).kind())
                .isEqualTo(Rejection.Kind.UNPROCESSABLE);
        assertThat(Rejection.orThrow(Result.accepted("value"))).isEqualTo("value");
        assertThatThrownBy(() -> Rejection.orThrow(Result.invalid("bad", "field", "no"))).isInstanceOf(RejectedException.class);
    }

    record NoteDispatched(String tenantId) implements DomainEvent {
    }

    @Test
    void an_accepted_decision_carries_what_happened_and_a_rejection_nothing() {
        DomainEvent dispatched = new NoteDispatched("acme");
        Result.Accepted<String> accepted = Rejection.accepted(Result.accepted("note", dispatched));
        assertThat(accepted.value()).isEqualTo("note");
        assertThat(accepted.events()).containsExactly(dispatched);
        assertThat(Result.accepted("note", dispatched).map(String::length).events()).containsExactly(dispatched);
        assertThat(Result.<String>wrongState("note-not-draft", "no").events()).isEmpty();
    }
}
