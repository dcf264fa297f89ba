package dev.opsuite.field.intake.domain;

/**
 * How a call's jobs stand, counted by the jobs capability: all of them, those on the board or beyond (scheduled,
 * started, waiting on parts), those completed and those cancelled.
 */
public record JobTally(int jobs, int onBoard, int completed, int cancelled) {

    /** The call status these jobs mean: a call follows its jobs. */
    ServiceCallStatus callStatus() {
        if (jobs == 0) {
            return ServiceCallStatus.OPEN;
        }
        if (cancelled == jobs) {
            return ServiceCallStatus.CANCELLED;
        }
        if (completed + cancelled == jobs) {
            return ServiceCallStatus.CLOSED;
        }
        return onBoard > 0 || completed > 0 ? ServiceCallStatus.SCHEDULED : ServiceCallStatus.OPEN;
    }
}
