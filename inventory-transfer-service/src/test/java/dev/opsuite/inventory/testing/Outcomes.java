package dev.opsuite.inventory.testing;

import dev.opsuite.support.application.RejectedException;
import dev.opsuite.support.application.Rejection;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;

/** What a use case answered: its value, or the rejection it threw. */
public final class Outcomes {

    private Outcomes() {
    }

    public static <T> T done(Uni<T> call) {
        return call.await().indefinitely();
    }

    /** The rejection {@code call} ended with; fails the test when it was accepted or failed otherwise. */
    public static Rejection rejection(Uni<?> call) {
        try {
            Object value = call.await().indefinitely();
            throw new AssertionError("expected a rejection, was accepted: " + value);
        } catch (RejectedException e) {
            return e.rejection();
        }
    }

    public static BigDecimal qty(String value) {
        return new BigDecimal(value);
    }
}
