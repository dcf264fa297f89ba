package dev.opsuite.support.problem;

/**
 * A business rule said no. Application services return or throw these; the REST layer turns them
 * into problem+json with a stable {@code type} ({@code https://opsuite.dev/problems/<code>}).
 *
 * @param code   stable, kebab-case, part of the API contract (e.g. {@code unit-double-booked})
 * @param kind   decides the HTTP status
 * @param field  the request field at fault, or null
 * @param detail a sentence for the person who sent the request
 */
public record Rejection(String code, Kind kind, String field, String detail) {

    /** What kind of no, and so which status. */
    public enum Kind {
        INVALID(400), NOT_FOUND(404), CONFLICT(409), PRECONDITION_FAILED(412), PAYLOAD_TOO_LARGE(413),
        UNSUPPORTED_MEDIA_TYPE(415), UNPROCESSABLE(422);

        public final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    public static Rejection notFound(String what, Object id) {
        return new Rejection(what + "-not-found", Kind.NOT_FOUND, null, "No " + what.replace('-', ' ') + " " + id + ".");
    }

    /** {@code value}, or a 404 naming what was looked for when there is none (in the caller's tenant). */
    public static <T> T found(T value, String what, Object id) {
        if (value == null) {
            throw notFound(what, id).toException();
        }
        return value;
    }

    /** Optimistic locking over HTTP: a 412 when the caller's If-Match names another version than the record's. */
    public static void requireVersion(Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw staleVersion(expected, actual).toException();
        }
    }

    public static Rejection invalid(String code, String field, String detail) {
        return new Rejection(code, Kind.INVALID, field, detail);
    }

    public static Rejection conflict(String code, String field, String detail) {
        return new Rejection(code, Kind.CONFLICT, field, detail);
    }

    public static Rejection unprocessable(String code, String field, String detail) {
        return new Rejection(code, Kind.UNPROCESSABLE, field, detail);
    }

    /** An uploaded part (a photo) larger than allowed: 413 naming the part. */
    public static Rejection tooLarge(String code, String field, String detail) {
        return new Rejection(code, Kind.PAYLOAD_TOO_LARGE, field, detail);
    }

    /** An uploaded part whose content is of a type not accepted: 415 naming the part. */
    public static Rejection unsupportedType(String code, String field, String detail) {
        return new Rejection(code, Kind.UNSUPPORTED_MEDIA_TYPE, field, detail);
    }

    public static Rejection staleVersion(long expected, long actual) {
        return new Rejection("stale-version", Kind.PRECONDITION_FAILED, "If-Match",
                "The record is at version " + actual + ", the request was based on version " + expected + ".");
    }

    /** A domain rule's answer as the API states it: wrong state is a conflict, a wrong value unprocessable. */
    public static Rejection of(dev.opsuite.support.domain.Result.Rejected<?> rejected) {
        Kind kind = rejected.reason() == dev.opsuite.support.domain.Result.Reason.WRONG_STATE ? Kind.CONFLICT : Kind.UNPROCESSABLE;
        return new Rejection(rejected.code(), kind, rejected.field(), rejected.detail());
    }

    /** The accepted value, or the rejection thrown so that the transaction rolls back. */
    public static <T> T orThrow(dev.opsuite.support.domain.Result<T> result) {
        if (result instanceof dev.opsuite.support.domain.Result.Accepted<T> accepted) {
            return accepted.value();
        }
        throw of((dev.opsuite.support.domain.Result.Rejected<?>) result).toException();
    }

    public RejectedException toException() {
        return new RejectedException(this);
    }
}
