package dev.opsuite.field.jobs.infrastructure.outbox;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.JobBlocked;
import dev.opsuite.events.JobCancelled;
import dev.opsuite.events.JobCompleted;
import dev.opsuite.events.JobCreated;
import dev.opsuite.events.JobReleased;
import dev.opsuite.events.JobStarted;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.jobs.domain.JobEvent;
import dev.opsuite.field.kernel.WorkPrice;
import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.outbox.EventContracts;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** How jobs go out on field.job, keyed by the job: created, started, blocked, released, completed, cancelled. */
@ApplicationScoped
class JobEventContracts implements EventContracts {

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof JobEvent;
    }

    @Override
    public List<Outgoing<?>> contracts(DomainEvent event) {
        Job j = ((JobEvent) event).job();
        String by = j.envelope().updatedBy();
        Instant at = j.envelope().updatedAt();
        if (event instanceof JobEvent.Created) {
            return EventContracts.one(EventCatalog.JOB_CREATED, j.id(), j.tenantId(), new JobCreated(j.id(),
                    j.serviceCallId(), j.customerId(), j.locationId(), j.title(), j.skillNeeded().trade().name(),
                    j.skillNeeded().level(), (int) j.expectedDuration().toMinutes(), j.envelope().createdBy(),
                    j.envelope().createdAt()));
        }
        if (event instanceof JobEvent.Started) {
            return EventContracts.one(EventCatalog.JOB_STARTED, j.id(), j.tenantId(),
                    new JobStarted(j.id(), j.serviceCallId(), technician(j), by, at));
        }
        if (event instanceof JobEvent.Blocked) {
            return EventContracts.one(EventCatalog.JOB_BLOCKED, j.id(), j.tenantId(),
                    new JobBlocked(j.id(), j.serviceCallId(), j.work().waitingFor(), by, j.work().blockedSince()));
        }
        if (event instanceof JobEvent.Released r) {
            return EventContracts.one(EventCatalog.JOB_RELEASED, j.id(), j.tenantId(),
                    new JobReleased(j.id(), j.serviceCallId(), r.blockedSince(), by, at));
        }
        if (event instanceof JobEvent.Cancelled) {
            return EventContracts.one(EventCatalog.JOB_CANCELLED, j.id(), j.tenantId(),
                    new JobCancelled(j.id(), j.serviceCallId(), j.work().cancelReason(), by, at));
        }
        return EventContracts.one(EventCatalog.JOB_COMPLETED, j.id(), j.tenantId(),
                completed(j, ((JobEvent.Completed) event).pricing(), by, at));
    }

    private static JobCompleted completed(Job j, WorkPrice price, String by, Instant at) {
        var w = j.work();
        return new JobCompleted(j.id(), j.serviceCallId(), j.customerId(), technician(j),
                w.diagnosis() == null ? null : new JobCompleted.Diagnosis(w.diagnosis().findings(), w.diagnosis().cause()),
                w.labor().stream().map(l -> new JobCompleted.Labor(l.id(), l.technicianUserId(), l.start(), l.end(),
                        l.hours(), l.rateClass().name())).toList(),
                w.partsUsed().stream().map(p -> new JobCompleted.PartUsed(p.id(), p.partId(), p.sku(), p.quantity(),
                        p.truckLocationId())).toList(),
                by, at, pricing(price));
    }

    private static JobCompleted.Pricing pricing(WorkPrice p) {
        if (p == null) {
            return null;
        }
        return new JobCompleted.Pricing(p.currency(), p.estimateId(), p.lines().stream()
                .map(l -> new JobCompleted.PricedLine(l.kind(), l.sourceId(), l.description(), l.sku(), l.rateClass(),
                        l.quantity(), l.unitPrice(), l.amount(), l.taxable())).toList(),
                p.subtotal(), p.taxRate(), p.tax(), p.total());
    }

    private static UUID technician(Job j) {
        return j.assignment() == null ? null : j.assignment().technicianId();
    }
}
