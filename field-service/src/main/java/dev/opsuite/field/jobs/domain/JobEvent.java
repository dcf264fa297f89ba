package dev.opsuite.field.jobs.domain;

import dev.opsuite.field.kernel.WorkPrice;
import dev.opsuite.support.domain.DomainEvent;
import java.time.Instant;
import java.util.Optional;

/** What happened to a job, as other contexts hear of it. */
public sealed interface JobEvent extends DomainEvent {

    Job job();

    @Override
    default String tenantId() {
        return job().tenantId();
    }

    record Created(Job job) implements JobEvent {
    }

    record Started(Job job) implements JobEvent {
    }

    record Blocked(Job job) implements JobEvent {
    }

    /** @param blockedSince when the wait that ended began */
    record Released(Job job, Instant blockedSince) implements JobEvent {
    }

    /** @param pricing the work priced as it completed; null when the business prices nothing (yet) */
    record Completed(Job job, WorkPrice pricing) implements JobEvent {

        public Completed(Job job) {
            this(job, null);
        }
    }

    record Cancelled(Job job) implements JobEvent {
    }

    /** The event a status change from {@code before} to {@code after} is, if other contexts hear of it. */
    static Optional<JobEvent> of(Job before, Job after) {
        if (before.status() == after.status()) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (after.status()) {
            case IN_PROGRESS -> new Started(after);
            case WAITING_ON_PARTS -> new Blocked(after);
            case READY_TO_SCHEDULE -> before.status() == JobStatus.WAITING_ON_PARTS
                    ? new Released(after, before.work().blockedSince()) : null;
            case COMPLETED -> new Completed(after);
            case CANCELLED -> new Cancelled(after);
            default -> null;
        });
    }
}
