package dev.opsuite.field.board.domain;

import dev.opsuite.field.kernel.TimeSpan;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The follow-up appointment the board suggests for a job released after waiting on parts: the earliest slot, within
 * working hours, of a technician who holds the job's skill and whose truck holds the part. A suggestion, not a
 * booking: the dispatcher books it (or another slot) by assigning the job.
 */
public record FollowUp(UUID jobId, UUID technicianId, Instant start, Instant end, UUID productId, Instant suggestedAt) {

    /** How far ahead the board looks for a slot. */
    public static final Duration HORIZON = Duration.ofDays(14);
    /** Slots start on the quarter hour at the earliest, as a dispatcher would book them. */
    public static final Duration GRID = Duration.ofMinutes(15);

    /** A technician who may take the follow-up: the shifts they work and the time they are not free in them. */
    public record Candidate(UUID technicianId, String name, List<TimeSpan> shifts, List<TimeSpan> busy) {

        public Candidate {
            shifts = shifts.stream().sorted(Comparator.comparing(TimeSpan::start)).toList();
            busy = busy.stream().sorted(Comparator.comparing(TimeSpan::start)).toList();
        }

        /** The first start from {@code notBefore} at which {@code duration} fits in one shift and touches nothing busy. */
        Optional<Instant> earliest(Instant notBefore, Duration duration) {
            for (TimeSpan shift : shifts) {
                Instant start = later(shift.start(), notBefore);
                for (TimeSpan taken : busy) {
                    if (!taken.end().isAfter(start) || !taken.start().isBefore(shift.end())) {
                        continue; // over before this start, or after this shift
                    }
                    if (!start.plus(duration).isAfter(taken.start())) {
                        break; // fits before it
                    }
                    start = later(start, taken.end());
                }
                if (!start.plus(duration).isAfter(shift.end())) {
                    return Optional.of(start);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The earliest slot of {@code duration} among the candidates from {@code now} (rounded up to the grid), within
     * the horizon; the technician first by name when two are free as early. Empty when none is free in the horizon.
     */
    public static Optional<FollowUp> earliest(UUID jobId, UUID productId, Duration duration, List<Candidate> candidates,
            Instant now) {
        Instant notBefore = onGrid(now);
        Instant horizon = notBefore.plus(HORIZON);
        FollowUp best = null;
        String bestName = null;
        for (Candidate candidate : candidates) {
            Optional<Instant> start = candidate.earliest(notBefore, duration);
            if (start.isEmpty() || start.get().plus(duration).isAfter(horizon)) {
                continue;
            }
            boolean earlier = best == null || start.get().isBefore(best.start())
                    || start.get().equals(best.start()) && candidate.name().compareTo(bestName) < 0;
            if (earlier) {
                best = new FollowUp(jobId, candidate.technicianId(), start.get(), start.get().plus(duration), productId, now);
                bestName = candidate.name();
            }
        }
        return Optional.ofNullable(best);
    }

    private static Instant onGrid(Instant at) {
        long grid = GRID.getSeconds();
        long seconds = at.getEpochSecond() + (at.getNano() > 0 ? 1 : 0);
        return Instant.ofEpochSecond(Math.floorDiv(seconds + grid - 1, grid) * grid);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
