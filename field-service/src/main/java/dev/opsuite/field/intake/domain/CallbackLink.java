package dev.opsuite.field.intake.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A callback's link to the completed job it returns to (seed 002's Callback): the job, its technician (whom the
 * callback counts against) and how many whole days after the job's completion the customer called again.
 */
public record CallbackLink(UUID jobId, UUID technicianId, Instant completedAt, long daysAfter) {

    /** A call for the same customer and place within this long after a completion is a callback of that job. */
    public static final Duration WINDOW = Duration.ofDays(30);

    /**
     * The link of a call opened at {@code openedAt}. A call the CSR flagged returns to the latest completed job of the
     * call it names ({@code ofFlaggedCall}), however long ago; a call not flagged, or flagged on a call with no
     * completed job, returns to the latest job completed at the same customer and place ({@code atSamePlace}) if that
     * was at most {@link #WINDOW} before.
     */
    public static Optional<CallbackLink> decide(Instant openedAt, Optional<CompletedJob> ofFlaggedCall,
            Optional<CompletedJob> atSamePlace) {
        if (ofFlaggedCall.isPresent()) {
            return ofFlaggedCall.map(job -> of(job, openedAt));
        }
        return atSamePlace.filter(job -> !job.completedAt().isAfter(openedAt)
                        && !job.completedAt().isBefore(openedAt.minus(WINDOW)))
                .map(job -> of(job, openedAt));
    }

    private static CallbackLink of(CompletedJob job, Instant openedAt) {
        return new CallbackLink(job.jobId(), job.technicianId(), job.completedAt(),
                Duration.between(job.completedAt(), openedAt).toDays());
    }
}
