package dev.opsuite.field.history.application.service;

import dev.opsuite.field.audit.application.port.in.AuditTrail;
import dev.opsuite.field.history.application.port.in.HistoryQuery;
import dev.opsuite.field.intake.application.port.in.FindCustomersQuery;
import dev.opsuite.field.jobs.application.port.in.FindJobsQuery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import dev.opsuite.field.invoices.application.port.in.FindJobInvoicesQuery;
import dev.opsuite.support.application.RejectedException;
import io.smallrye.mutiny.Uni;
import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class HistoryService implements HistoryQuery {

    private final FindJobsQuery jobs;
    private final FindCustomersQuery customers;
    private final AuditTrail audit;
    private final FindJobInvoicesQuery invoices;

    HistoryService(FindJobsQuery jobs, FindCustomersQuery customers, AuditTrail audit, FindJobInvoicesQuery invoices) {
        this.jobs = jobs;
        this.customers = customers;
        this.audit = audit;
        this.invoices = invoices;
    }

    @Override
    @WithSession
    public Uni<History> ofJob(String tenantId, UUID jobId) {
        return jobs.statusHistory(tenantId, jobId)
                .chain(statusChanges -> audit.ofJob(tenantId, jobId).chain(changes -> invoices.ofJob(tenantId, jobId)
                        .map(List::of).onFailure(RejectedException.class).recoverWithItem(List.of())
                        .map(invoice -> new History(statusChanges, changes, invoice))));
    }

    @Override
    @WithSession
    public Uni<History> ofCustomer(String tenantId, UUID customerId) {
        return customers.customer(tenantId, customerId)
                .chain(customer -> jobs.statusHistoryOfCustomer(tenantId, customerId))
                .chain(statusChanges -> audit.ofCustomer(tenantId, customerId)
                        .chain(changes -> invoices.ofCustomer(tenantId, customerId)
                                .map(invoiced -> new History(statusChanges, changes, invoiced))));
    }
}
