package dev.opsuite.field.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.support.domain.Result;

/** An aggregate's decisions read in the domain's and use cases' fast tests. */
public final class Decisions {

    private Decisions() {
    }

    /** The accepted value; fails the test on a rejection. */
    @SuppressWarnings("unchecked")
    public static <T> T accepted(Result<T> result) {
        assertThat(result).isInstanceOf(Result.Accepted.class);
        return ((Result.Accepted<T>) result).value();
    }

    /** A rejection with {@code code} naming {@code field}. */
    public static void assertRejected(Result<?> result, String code, String field) {
        assertThat(result).isInstanceOfSatisfying(Result.Rejected.class, r -> {
            assertThat(r.code()).isEqualTo(code);
            assertThat(r.field()).isEqualTo(field);
        });
    }
}
