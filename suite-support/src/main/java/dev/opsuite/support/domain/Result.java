package dev.opsuite.support.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What an aggregate method answers: the change was accepted, with its new value and the domain events
 * it caused, or the business said no. Plain Java, so every service's domain layer may use it.
 */
public sealed interface Result<T> {

    /** Why a rule said no: a value the caller can correct, or an action the record's state forbids. */
    enum Reason { INVALID_VALUE, WRONG_STATE }

    /** Accepted: the value, and what happened (nothing, for a query-like decision). */
    record Accepted<T>(T value, List<DomainEvent> events) implements Result<T> {

        public Accepted {
            events = List.copyOf(events);
        }

        public Accepted(T value) {
            this(value, List.of());
        }
    }

    record Rejected<T>(String code, Reason reason, String field, String detail) implements Result<T> {
    }

    static <T> Result<T> accepted(T value) {
        return new Accepted<>(value, List.of());
    }

    /** Accepted, and these events happened. */
    static <T> Result<T> accepted(T value, DomainEvent... events) {
        return new Accepted<>(value, List.of(events));
    }

    static <T> Result<T> accepted(T value, List<? extends DomainEvent> events) {
        return new Accepted<>(value, new ArrayList<>(events));
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

    /** The same decision about another value; the events stay. */
    default <R> Result<R> map(Function<T, R> mapper) {
        if (this instanceof Accepted<T> a) {
            return new Accepted<>(mapper.apply(a.value()), a.events());
        }
        Rejected<T> r = (Rejected<T>) this;
        return new Rejected<>(r.code(), r.reason(), r.field(), r.detail());
    }

    /** The events of an accepted decision; none for a rejection. */
    default List<DomainEvent> events() {
        return this instanceof Accepted<T> a ? a.events() : List.of();
    }
}
