package dev.opsuite.fleet.readiness.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

/** Whether a transport unit can take an order, and every reason it cannot (in a stable order). */
public record Readiness(boolean readyForOrder, List<NotReadyReason> reasons) {

    public Readiness {
        reasons = List.copyOf(reasons);
        if (readyForOrder != reasons.isEmpty()) {
            throw new IllegalArgumentException("a unit is ready exactly when nothing speaks against it: " + reasons);
        }
    }

    public static Readiness of(Collection<NotReadyReason> reasons) {
        List<NotReadyReason> ordered = reasons.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(reasons));
        return new Readiness(ordered.isEmpty(), ordered);
    }

    public static Readiness ready() {
        return new Readiness(true, List.of());
    }
}
