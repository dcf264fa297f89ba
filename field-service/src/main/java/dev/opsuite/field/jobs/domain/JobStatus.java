package dev.opsuite.field.jobs.domain;

/**
 * Where a job stands: READY_TO_SCHEDULE (on no one's board yet, or released after waiting), SCHEDULED (an
 * appointment holds it), IN_PROGRESS (the technician started), WAITING_ON_PARTS (blocked), COMPLETED, CANCELLED.
 */
public enum JobStatus {
    READY_TO_SCHEDULE, SCHEDULED, IN_PROGRESS, WAITING_ON_PARTS, COMPLETED, CANCELLED;

    /** On the board or beyond it: an appointment was made for the job and it is not over. */
    public boolean onBoard() {
        return this == SCHEDULED || this == IN_PROGRESS || this == WAITING_ON_PARTS;
    }
}
