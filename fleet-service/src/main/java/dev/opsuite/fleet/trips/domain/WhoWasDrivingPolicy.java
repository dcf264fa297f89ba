package dev.opsuite.fleet.trips.domain;

import dev.opsuite.fleet.kernel.DrivingSource;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Who was driving a vehicle at an instant, when the driving record has more than one period covering
 * it (a trip ticket and a dispatch of the same trip, or records that disagree): a period that carries
 * an order wins over one that does not (a fine or an accident is charged to the order); among those,
 * the one that started latest (the later hand-over); then a dispatch over a trip ticket (what actually
 * ran); then the source number, so that the answer never depends on row order.
 */
public final class WhoWasDrivingPolicy {

    static final Comparator<DrivingPeriod> PRECEDENCE = Comparator
            .comparing((DrivingPeriod p) -> p.orderReference() != null)
            .thenComparing(DrivingPeriod::startsAt)
            .thenComparing(p -> p.source() == DrivingSource.DISPATCH)
            .thenComparing(p -> p.sourceNumber() == null ? "" : p.sourceNumber())
            .thenComparing(p -> p.sourceId().toString());

    private WhoWasDrivingPolicy() {
    }

    /** The period that answers for {@code at}, among {@code candidates}; empty when none covers it. */
    public static Optional<DrivingPeriod> at(Instant at, Collection<DrivingPeriod> candidates) {
        return candidates.stream().filter(p -> p.contains(at)).max(PRECEDENCE);
    }
}
