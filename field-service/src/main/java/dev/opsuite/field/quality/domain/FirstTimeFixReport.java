package dev.opsuite.field.quality.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * First-time fix over the rolling window ending {@code asOf}: jobs completed after {@code from} and no later than
 * {@code asOf}, per technician (every technician, also those with no job: their rate is null) and overall.
 */
public record FirstTimeFixReport(Instant from, Instant asOf, FirstTimeFix overall, List<OfTechnician> technicians) {

    /** The rolling window: 30 days back from asOf. */
    public static final Duration WINDOW = Duration.ofDays(30);

    public record OfTechnician(UUID technicianId, String name, FirstTimeFix firstTimeFix) {
    }

    /** The window's start for {@code asOf} (exclusive). */
    public static Instant from(Instant asOf) {
        return asOf.minus(WINDOW);
    }

    /**
     * The report of {@code completions} (those of the window); {@code technicians}: every technician's name by id, in
     * the order they are listed.
     */
    public static FirstTimeFixReport of(Instant asOf, List<Completion> completions, Map<UUID, String> technicians) {
        List<OfTechnician> rows = technicians.entrySet().stream()
                .map(t -> new OfTechnician(t.getKey(), t.getValue(), rate(completions.stream()
                        .filter(c -> t.getKey().equals(c.technicianId())).toList())))
                .toList();
        return new FirstTimeFixReport(from(asOf), asOf, rate(completions), rows);
    }

    private static FirstTimeFix rate(List<Completion> completions) {
        return FirstTimeFix.of(completions.size(), completions.stream().filter(Completion::calledBack).count());
    }
}
