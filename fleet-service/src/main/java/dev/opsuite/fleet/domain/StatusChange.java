package dev.opsuite.fleet.domain;

/** A status before and after a change; {@link #changed()} is false when the same status was set again. */
public record StatusChange<S extends Enum<S>>(S previous, S current) {

    public boolean changed() {
        return previous != current;
    }
}
