package dev.opsuite.fleet.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.support.domain.Result;

/** Reads results in domain tests. */
final class Results {

    private Results() {
    }

    @SuppressWarnings("unchecked")
    static <T> T accepted(Result<T> result) {
        assertThat(result).isInstanceOf(Result.Accepted.class);
        return ((Result.Accepted<T>) result).value();
    }

    static Result.Rejected<?> rejected(Result<?> result) {
        assertThat(result).isInstanceOf(Result.Rejected.class);
        return (Result.Rejected<?>) result;
    }
}
