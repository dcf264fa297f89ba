package dev.opsuite.support.application;

/** Carries a {@link Rejection} out of a transaction, rolling it back. */
public class RejectedException extends RuntimeException {

    private final Rejection rejection;

    public RejectedException(Rejection rejection) {
        super(rejection.code() + ": " + rejection.detail(), null, false, false);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
