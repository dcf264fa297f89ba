package dev.opsuite.fleet.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.support.domain.Result;

/** Reads results in domain tests. */
public final class Results {

    private Results() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T accepted(Result<T> result) {
        assertThat(result).isInstanceOf(Result.Accepted.class);
        return ((Result.Accepted<T>) result).value();
    }

    public static Result.Rejected<?> rejected(Result<?> result) {
        assertThat(result).isInstanceOf(Result.Rejected.class);
        return (Result.Rejected<?>) result;
    }
}
