package dev.opsuite.fleet.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.support.application.RejectedException;
import dev.opsuite.support.application.Rejection;
import io.smallrye.mutiny.Uni;
import java.util.concurrent.atomic.AtomicReference;

/** What a use case answered, read in a fast test (the fakes answer at once: nothing here waits). */
public final class Outcomes {

    private Outcomes() {
    }

    public static <T> T done(Uni<T> answer) {
        return answer.await().indefinitely();
    }

    /** The rejection the use case answered with; fails the test when it was accepted. */
    public static Rejection refused(Uni<?> answer) {
        AtomicReference<Rejection> rejection = new AtomicReference<>();
        assertThatThrownBy(() -> answer.await().indefinitely()).isInstanceOfSatisfying(RejectedException.class,
                e -> rejection.set(e.rejection()));
        return rejection.get();
    }

    /** As {@link #refused}, for a rejection thrown before the use case answered. */
    public static Rejection refused(Runnable call) {
        AtomicReference<Rejection> rejection = new AtomicReference<>();
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RejectedException.class, e -> rejection.set(e.rejection()));
        return rejection.get();
    }
}
