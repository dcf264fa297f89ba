package dev.opsuite.console.fleet;

import java.util.function.Supplier;

import jakarta.ws.rs.WebApplicationException;

/**
 * One section of a page that the user's role may not read (fleet-service answers 403): the rest of the page still
 * shows, this section says why it is empty. Any other failure escapes (the page becomes the problem).
 */
public record Part<T>(T value, boolean forbidden) {

    public static <T> Part<T> of(Supplier<T> call) {
        try {
            return new Part<>(call.get(), false);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 403) {
                return new Part<>(null, true);
            }
            throw e;
        }
    }

    public boolean shown() {
        return value != null;
    }
}
