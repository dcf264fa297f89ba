package dev.opsuite.field.board.domain;

/**
 * What can be wrong with an appointment: another appointment of the technician in the same time (never stored: the
 * database refuses it), outside the technician's working hours, during their time off, or a job needing a skill the
 * technician lacks.
 */
public enum ConflictKind {
    OVERLAP, OUTSIDE_WORKING_HOURS, TIME_OFF, MISSING_SKILL
}
