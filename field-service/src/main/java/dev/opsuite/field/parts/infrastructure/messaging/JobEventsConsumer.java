package dev.opsuite.field.parts.infrastructure.messaging;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.field.parts.application.port.in.GiveBackPartsOfJobUseCase;
import dev.opsuite.field.parts.application.port.in.GiveBackPartsOfJobUseCase.JobCancelledCommand;
import dev.opsuite.support.inbox.Inbox;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What the jobs capability tells everyone on field.job, read here as another context would read it: a cancelled job
 * gives its part reservations back. The job's other events are not this consumer's business.
 */
@ApplicationScoped
class JobEventsConsumer {

    static final String JOBS = "field-service.parts-of-jobs";

    private final Inbox inbox;
    private final GiveBackPartsOfJobUseCase parts;

    JobEventsConsumer(Inbox inbox, GiveBackPartsOfJobUseCase parts) {
        this.inbox = inbox;
        this.parts = parts;
    }

    @Incoming("cancelled-jobs")
    Uni<Void> cancelled(ConsumerRecord<String, String> record) {
        return inbox.deliver(JOBS, record, EventCatalog.JOB_CANCELLED, (event, cancelled) -> {
            event.requireFields(cancelled.jobId(), cancelled.serviceCallId(), cancelled.reason(), cancelled.cancelledBy(), cancelled.cancelledAt());
            return parts.jobCancelled(new JobCancelledCommand(new Actor(event.tenantId(), cancelled.cancelledBy()),
                    cancelled.jobId(), cancelled.reason(), cancelled.cancelledAt()));
        });
    }
}
