package dev.opsuite.field.history.application.service;

import dev.opsuite.field.audit.application.port.in.AuditTrail;
import dev.opsuite.field.history.application.port.in.HistoryQuery;
import dev.opsuite.field.intake.application.port.in.FindCustomersQuery;
import dev.opsuite.field.jobs.application.port.in.FindJobsQuery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class HistoryService implements HistoryQuery {

    private final FindJobsQuery jobs;
    private final FindCustomersQuery customers;
    private final AuditTrail audit;

    HistoryService(FindJobsQuery jobs, FindCustomersQuery customers, AuditTrail audit) {
        this.jobs = jobs;
        this.customers = customers;
        this.audit = audit;
    }

    @Override
    @WithSession
    public Uni<History> ofJob(String tenantId, UUID jobId) {
        return jobs.statusHistory(tenantId, jobId)
                .chain(statusChanges -> audit.ofJob(tenantId, jobId).map(changes -> new History(statusChanges, changes)));
    }

    @Override
    @WithSession
    public Uni<History> ofCustomer(String tenantId, UUID customerId) {
        return customers.customer(tenantId, customerId)
                .chain(customer -> jobs.statusHistoryOfCustomer(tenantId, customerId))
                .chain(statusChanges -> audit.ofCustomer(tenantId, customerId)
                        .map(changes -> new History(statusChanges, changes)));
    }
}
