package dev.opsuite.support.relay;

/** Stops the Debezium engine so that the relay restarts it from the last committed offset. */
class RelaySendException extends RuntimeException {

    RelaySendException(String message, Throwable cause) {
        super(message, cause);
    }
}
