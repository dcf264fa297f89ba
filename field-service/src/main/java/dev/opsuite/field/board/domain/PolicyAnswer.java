package dev.opsuite.field.board.domain;

/** What a tenant's board does with a soft conflict: refuse the appointment, or take it and flag it. */
public enum PolicyAnswer {
    REFUSE, FLAG
}
