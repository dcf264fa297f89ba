package dev.opsuite.support.inbox;

/** An event that no retry can apply (unreadable headers or payload): it goes straight to the dead-letter topic. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
