package dev.opsuite.field.audit.application.port.out;

import dev.opsuite.field.audit.domain.AuditEvent;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/** Where audit events are appended. */
public interface AuditEventStore {

    Uni<Void> append(AuditEvent event);

    /** The customer's events and those of jobs of the customer, oldest first. */
    Uni<List<AuditEvent>> ofCustomer(String tenantId, UUID customerId);

    Uni<List<AuditEvent>> ofJob(String tenantId, UUID jobId);
}
