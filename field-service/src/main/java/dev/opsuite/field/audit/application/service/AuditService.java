package dev.opsuite.field.audit.application.service;

import dev.opsuite.field.audit.application.port.in.AuditTrail;
import dev.opsuite.field.audit.application.port.out.AuditEventStore;
import dev.opsuite.field.audit.domain.AuditEvent;
import dev.opsuite.field.audit.domain.AuditEvent.Action;
import dev.opsuite.support.domain.Envelope;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class AuditService implements AuditTrail {

    private final AuditEventStore events;

    AuditService(AuditEventStore events) {
        this.events = events;
    }

    /** Joins the caller's session and transaction: the change and its audit commit together. */
    @Override
    @WithSession
    public Uni<Void> record(String recordType, Envelope envelope, Action action, UUID customerId, UUID jobId) {
        return events.append(new AuditEvent(UUID.randomUUID(), envelope.tenantId(), recordType, envelope.id(), action,
                envelope.version(), customerId, jobId, envelope.updatedBy(), envelope.updatedAt()));
    }

    @Override
    @WithSession
    public Uni<List<AuditEvent>> ofCustomer(String tenantId, UUID customerId) {
        return events.ofCustomer(tenantId, customerId);
    }

    @Override
    @WithSession
    public Uni<List<AuditEvent>> ofJob(String tenantId, UUID jobId) {
        return events.ofJob(tenantId, jobId);
    }
}
