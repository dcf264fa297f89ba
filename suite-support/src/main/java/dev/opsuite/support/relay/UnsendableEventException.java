package dev.opsuite.support.relay;

/** An outbox event no retry can put on Kafka (unreadable, too large, topic refused): it is parked instead. */
class UnsendableEventException extends RuntimeException {

    UnsendableEventException(String message) {
        super(message);
    }
}
