package dev.opsuite.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.support.application.Rejection.Kind;
import org.junit.jupiter.api.Test;

/** The application says what kind of no; only here does it become an HTTP status. */
class RejectionStatusTest {

    @Test
    void each_kind_of_no_has_its_status() {
        assertThat(ProblemMappers.status(Kind.INVALID)).isEqualTo(400);
        assertThat(ProblemMappers.status(Kind.NOT_FOUND)).isEqualTo(404);
        assertThat(ProblemMappers.status(Kind.CONFLICT)).isEqualTo(409);
        assertThat(ProblemMappers.status(Kind.STALE)).isEqualTo(412);
        assertThat(ProblemMappers.status(Kind.TOO_LARGE)).isEqualTo(413);
        assertThat(ProblemMappers.status(Kind.UNSUPPORTED_TYPE)).isEqualTo(415);
        assertThat(ProblemMappers.status(Kind.UNPROCESSABLE)).isEqualTo(422);
        assertThat(ProblemMappers.status(Kind.FORBIDDEN)).isEqualTo(403);
    }
}
