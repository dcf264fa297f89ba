package dev.opsuite.field.intake.infrastructure.persistence;

import dev.opsuite.support.persistence.Envelopes;
import dev.opsuite.field.intake.application.port.in.FindServiceCallsQuery.ServiceCallFilter;
import dev.opsuite.field.intake.application.port.out.ServiceCallStore;
import dev.opsuite.field.intake.domain.CallbackLink;
import dev.opsuite.field.intake.domain.PreferredWindow;
import dev.opsuite.field.intake.domain.ServiceCall;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import dev.opsuite.field.audit.application.port.in.AuditTrail;
import dev.opsuite.field.audit.domain.AuditEvent.Action;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ServiceCallRepository implements PanacheRepositoryBase<ServiceCallEntity, UUID>, ServiceCallStore {

    private final AuditTrail audit;

    ServiceCallRepository(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public Uni<Optional<ServiceCall>> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult()
                .map(e -> Optional.ofNullable(e).map(ServiceCallRepository::toDomain));
    }

    @Override
    public Uni<Page<ServiceCall>> list(String tenantId, ServiceCallFilter filter, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId).eq("status", filter.status()).eq("urgency", filter.urgency());
        var query = find(where.query() + page.orderClause(), where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(ServiceCallRepository::toDomain).toList(), page, total)));
    }

    @Override
    public Uni<List<ServiceCall>> callbacksOf(String tenantId, UUID jobId) {
        return list("tenantId = ?1 and callbackJobId = ?2 order by createdAt, id", tenantId, jobId)
                .map(rows -> rows.stream().map(ServiceCallRepository::toDomain).toList());
    }

    @Override
    public Uni<Void> add(ServiceCall c) {
        ServiceCallEntity e = new ServiceCallEntity();
        e.id = c.id();
        e.number = c.number();
        e.customerId = c.customerId();
        e.locationId = c.locationId();
        e.callbackOf = c.callbackOf();
        if (c.callbackOfJob() != null) {
            e.callbackJobId = c.callbackOfJob().jobId();
            e.callbackTechnicianId = c.callbackOfJob().technicianId();
            e.callbackCompletedAt = c.callbackOfJob().completedAt();
            e.callbackDaysAfter = c.callbackOfJob().daysAfter();
        }
        copy(c, e);
        // Flushed at once: a customer or earlier call that vanished meanwhile fails here; the problem
        // mapping turns the constraint into its rejection.
        return persist(e).call(this::flush)
                .call(() -> audit.record("service-call", c.envelope(), Action.CREATED, c.customerId(), null))
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> update(ServiceCall c) {
        // Loaded in this session: copying onto it and flushing bumps the version.
        return findById(c.id()).invoke(e -> copy(c, e)).call(this::flush)
                .call(e -> audit.record("service-call", Envelopes.of(e.id, e), Action.CHANGED, e.customerId, null))
                .replaceWithVoid();
    }

    private static void copy(ServiceCall c, ServiceCallEntity e) {
        Envelopes.stamp(e, c.envelope());
        e.problem = c.problem();
        e.urgency = c.urgency();
        e.preferredWindowFrom = c.preferredWindow() == null ? null : c.preferredWindow().from();
        e.preferredWindowTo = c.preferredWindow() == null ? null : c.preferredWindow().to();
        e.status = c.status();
    }

    static ServiceCall toDomain(ServiceCallEntity e) {
        PreferredWindow window = e.preferredWindowFrom == null ? null
                : new PreferredWindow(e.preferredWindowFrom, e.preferredWindowTo);
        return new ServiceCall(Envelopes.of(e.id, e), e.number, e.customerId, e.locationId, e.problem, e.urgency, window,
                e.callbackOf, e.callbackJobId == null ? null : new CallbackLink(e.callbackJobId, e.callbackTechnicianId,
                        e.callbackCompletedAt, e.callbackDaysAfter), e.status);
    }
}
