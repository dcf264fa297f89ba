package dev.opsuite.field.board.infrastructure.outbox;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.JobScheduled;
import dev.opsuite.field.board.domain.Appointment;
import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.outbox.EventContracts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** How the board goes out: job-scheduled on field.job, keyed by the job, for every appointment that holds a job. */
@ApplicationScoped
class BoardEventContracts implements EventContracts {

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof Appointment.Booked;
    }

    @Override
    public List<Outgoing<?>> contracts(DomainEvent event) {
        Appointment.Booked booked = (Appointment.Booked) event;
        Appointment a = booked.appointment();
        return EventContracts.one(EventCatalog.JOB_SCHEDULED, a.jobId(), a.tenantId(), new JobScheduled(a.jobId(),
                booked.serviceCallId(), a.id(), a.technicianId(), a.start(), a.end(), a.replaces(),
                a.envelope().createdBy(), a.envelope().createdAt()));
    }
}
