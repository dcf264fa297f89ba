package dev.opsuite.field.board.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A tenant's board rules: what outside working hours or time off means ({@code availability}), what a missing skill
 * means ({@code skill}), and after how many days a blocked job is on the daily alert list.
 */
public record BoardPolicy(PolicyAnswer availability, PolicyAnswer skill, int blockedSlaDays) {

    public static final int DEFAULT_SLA_DAYS = 7;

    /** Whether a job blocked since {@code since} is past the SLA at {@code now}: on the daily alert list. */
    public boolean pastSla(Instant since, Instant now) {
        return Duration.between(since, now).compareTo(Duration.ofDays(blockedSlaDays)) > 0;
    }

    /** Until a tenant says otherwise: refuse both, alert after seven days. */
    public static BoardPolicy defaults() {
        return new BoardPolicy(PolicyAnswer.REFUSE, PolicyAnswer.REFUSE, DEFAULT_SLA_DAYS);
    }
}
