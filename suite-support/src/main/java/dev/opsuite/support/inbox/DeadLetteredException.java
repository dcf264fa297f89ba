package dev.opsuite.support.inbox;

/**
 * Fails a delivery for good so that the channel's dead-letter strategy parks it. Its message becomes
 * the record's {@code dead-letter-reason} header, so it says why in one line.
 */
public class DeadLetteredException extends RuntimeException {

    DeadLetteredException(String reason, Throwable cause) {
        super(reason, cause, false, false);
    }
}
