package dev.opsuite.support.domain;

import java.util.function.Function;

/**
 * What an aggregate method answers: the change was accepted (with what happened), or the business
 * said no. Plain Java, so every service's domain layer may use it.
 */
public sealed interface Result<T> {

    /** Why a rule said no: a value the caller can correct, or an action the record's state forbids. */
    enum Reason { INVALID_VALUE, WRONG_STATE }

    record Accepted<T>(T value) implements Result<T> {
    }

    record Rejected<T>(String code, Reason reason, String field, String detail) implements Result<T> {
    }

    static <T> Result<T> accepted(T value) {
        return new Accepted<>(value);
    }

    static <T> Result<T> invalid(String code, String field, String detail) {
        return new Rejected<>(code, Reason.INVALID_VALUE, field, detail);
    }

    static <T> Result<T> wrongState(String code, String detail) {
        return new Rejected<>(code, Reason.WRONG_STATE, null, detail);
    }

    /** The record's state forbids the action, because of what {@code field} asks for (too much stock, say). */
    static <T> Result<T> wrongState(String code, String field, String detail) {
        return new Rejected<>(code, Reason.WRONG_STATE, field, detail);
    }

    default <R> Result<R> map(Function<T, R> mapper) {
        if (this instanceof Accepted<T> a) {
            return new Accepted<>(mapper.apply(a.value()));
        }
        Rejected<T> r = (Rejected<T>) this;
        return new Rejected<>(r.code(), r.reason(), r.field(), r.detail());
    }
}
