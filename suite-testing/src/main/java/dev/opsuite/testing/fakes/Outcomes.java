package dev.opsuite.testing.fakes;

import dev.opsuite.support.application.RejectedException;
import dev.opsuite.support.application.Rejection;
import io.smallrye.mutiny.Uni;

/**
 * What a use case answered, read in a fast test: its value, or the rejection it ended with (the fakes answer at once:
 * nothing here waits).
 */
public final class Outcomes {

    private Outcomes() {
    }

    public static <T> T done(Uni<T> answer) {
        return answer.await().indefinitely();
    }

    /** The rejection the use case answered with; fails the test when it was accepted or failed otherwise. */
    public static Rejection refused(Uni<?> answer) {
        return refused(() -> {
            Object value = answer.await().indefinitely();
            throw new AssertionError("expected a rejection, was accepted: " + value);
        });
    }

    /** As {@link #refused(Uni)}, for a rejection thrown before the use case answered. */
    public static Rejection refused(Runnable call) {
        try {
            call.run();
        } catch (RejectedException e) {
            return e.rejection();
        } catch (RuntimeException e) {
            throw new AssertionError("expected a rejection, failed otherwise: " + e, e);
        }
        throw new AssertionError("expected a rejection, was accepted");
    }
}
