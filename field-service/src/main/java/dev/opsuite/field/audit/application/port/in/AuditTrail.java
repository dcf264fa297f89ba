package dev.opsuite.field.audit.application.port.in;

import dev.opsuite.field.audit.domain.AuditEvent;
import dev.opsuite.field.audit.domain.AuditEvent.Action;
import dev.opsuite.support.domain.Envelope;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/** Every change of any record, written in the transaction of the change, and read per customer or per job. */
public interface AuditTrail {

    /** Records that the record of {@code envelope} (after the change) was created or changed. */
    Uni<Void> record(String recordType, Envelope envelope, Action action, UUID customerId, UUID jobId);

    /** What changed about the customer: its own records and those of its jobs, oldest first. */
    Uni<List<AuditEvent>> ofCustomer(String tenantId, UUID customerId);

    /** What changed about the job: the job and its appointments, oldest first. */
    Uni<List<AuditEvent>> ofJob(String tenantId, UUID jobId);
}
