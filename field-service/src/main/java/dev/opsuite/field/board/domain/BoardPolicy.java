package dev.opsuite.field.board.domain;

/**
 * A tenant's board rules: what outside working hours or time off means ({@code availability}), what a missing skill
 * means ({@code skill}), and after how many days a blocked job is on the daily alert list.
 */
public record BoardPolicy(PolicyAnswer availability, PolicyAnswer skill, int blockedSlaDays) {

    public static final int DEFAULT_SLA_DAYS = 7;

    /** Until a tenant says otherwise: refuse both, alert after seven days. */
    public static BoardPolicy defaults() {
        return new BoardPolicy(PolicyAnswer.REFUSE, PolicyAnswer.REFUSE, DEFAULT_SLA_DAYS);
    }
}
