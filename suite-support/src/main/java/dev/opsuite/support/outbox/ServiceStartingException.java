package dev.opsuite.support.outbox;

/** The service cannot take writes yet (answered 503 with Retry-After); consumers retry it like any transient fault. */
public class ServiceStartingException extends RuntimeException {

    public ServiceStartingException(String message) {
        super(message);
    }
}
