package dev.opsuite.support.application;

/**
 * A business rule said no. Application services return or throw these; the REST layer
 * ({@code ProblemMappers}) turns them into problem+json with a stable {@code type}
 * ({@code https://opsuite.dev/problems/<code>}) and a status chosen by the kind, and a consumer
 * dead-letters the event that met one.
 *
 * @param code   stable, kebab-case, part of the API contract (e.g. {@code unit-double-booked})
 * @param kind   what kind of no; only the interfaces layer knows what it is in HTTP
 * @param field  the request field at fault, or null
 * @param detail a sentence for the person who sent the request
 */
public record Rejection(String code, Kind kind, String field, String detail) {

    /** What kind of no. */
    public enum Kind {
        /** The request itself is malformed (a value of the wrong shape). */
        INVALID,
        /** What the request names does not exist, in the caller's tenant. */
        NOT_FOUND,
        /** The record's state forbids it, or another request got there first. */
        CONFLICT,
        /** The caller's copy of the record is out of date (optimistic locking). */
        STALE,
        /** A part of the request is larger than allowed (an uploaded photo). */
        TOO_LARGE,
        /** A part of the request is of a type not accepted (an uploaded file's content). */
        UNSUPPORTED_TYPE,
        /** Well-formed, but a rule refuses the value. */
        UNPROCESSABLE,
        /**
         * The caller's role may do this in general, but not to this record (a dispatcher deletes only their own early
         * dispatches); the code says why, unlike the bare {@code forbidden} of a role that may not call at all.
         */
        FORBIDDEN
    }

    public static Rejection notFound(String what, Object id) {
        return new Rejection(what + "-not-found", Kind.NOT_FOUND, null, "No " + what.replace('-', ' ') + " " + id + ".");
    }

    /** {@code value}, or a not-found naming what was looked for when there is none (in the caller's tenant). */
    public static <T> T found(T value, String what, Object id) {
        if (value == null) {
            throw notFound(what, id).toException();
        }
        return value;
    }

    /** For a store's answer: {@code store.find(tenant, id).map(v -> v.orElseThrow(Rejection.missing("vehicle", id)))}. */
    public static java.util.function.Supplier<RejectedException> missing(String what, Object id) {
        return () -> notFound(what, id).toException();
    }

    /**
     * The record a change is about to apply to, from a store's answer: not found when there is none (in the caller's
     * tenant), stale when it is not at the version the caller expected (null expects none).
     */
    public static <T extends dev.opsuite.support.domain.Enveloped> T current(java.util.Optional<T> found, String what,
            Object id, Long expectedVersion) {
        T value = found.orElseThrow(missing(what, id));
        requireVersion(expectedVersion, value.version());
        return value;
    }

    /** Optimistic locking: stale when the caller's expected version (If-Match over HTTP) is not the record's. */
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

    /** An uploaded part (a photo) larger than allowed, naming the part. */
    public static Rejection tooLarge(String code, String field, String detail) {
        return new Rejection(code, Kind.TOO_LARGE, field, detail);
    }

    /** An uploaded part whose content is of a type not accepted, naming the part. */
    public static Rejection unsupportedType(String code, String field, String detail) {
        return new Rejection(code, Kind.UNSUPPORTED_TYPE, field, detail);
    }

    /** The caller's role may not do this to this record; {@code code} says why. */
    public static Rejection forbidden(String code, String detail) {
        return new Rejection(code, Kind.FORBIDDEN, null, detail);
    }

    public static Rejection staleVersion(long expected, long actual) {
        return new Rejection("stale-version", Kind.STALE, "If-Match",
                "The record is at version " + actual + ", the request was based on version " + expected + ".");
    }

    /** A domain rule's answer as the API states it: wrong state is a conflict, a wrong value unprocessable. */
    public static Rejection of(dev.opsuite.support.domain.Result.Rejected<?> rejected) {
        Kind kind = rejected.reason() == dev.opsuite.support.domain.Result.Reason.WRONG_STATE ? Kind.CONFLICT : Kind.UNPROCESSABLE;
        return new Rejection(rejected.code(), kind, rejected.field(), rejected.detail());
    }

    /** The accepted value, or the rejection thrown so that the transaction rolls back. */
    public static <T> T orThrow(dev.opsuite.support.domain.Result<T> result) {
        return accepted(result).value();
    }

    /** The accepted value with the events the decision caused, or the rejection thrown so that the transaction rolls back. */
    public static <T> dev.opsuite.support.domain.Result.Accepted<T> accepted(dev.opsuite.support.domain.Result<T> result) {
        if (result instanceof dev.opsuite.support.domain.Result.Accepted<T> accepted) {
            return accepted;
        }
        throw of((dev.opsuite.support.domain.Result.Rejected<?>) result).toException();
    }

    public RejectedException toException() {
        return new RejectedException(this);
    }
}
