package dev.opsuite.fleet.documents.infrastructure.persistence;

import dev.opsuite.fleet.kernel.persistence.ReadOnly;

import dev.opsuite.fleet.documents.application.port.in.ManageDocumentsUseCase.ExpiringFilter;
import dev.opsuite.fleet.documents.application.port.out.DocumentStore;
import dev.opsuite.fleet.documents.domain.FleetDocument;
import dev.opsuite.fleet.kernel.SubjectRef;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.persistence.Envelopes;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
class DocumentRepository implements PanacheRepositoryBase<DocumentEntity, UUID>, DocumentStore {

    /**
     * A later document of the same holder and type that starts at the latest the day after this one
     * ends: this one is renewed and needs nothing.
     */
    private static final String NOT_RENEWED = " and not exists (select r.id from DocumentEntity r"
            + " where r.tenantId = d.tenantId and r.subjectId = d.subjectId and r.type = d.type and r.id <> d.id"
            + " and r.validFrom <= d.validUntil + 1 day"
            + " and (r.validUntil is null or r.validUntil > d.validUntil))";

    @Override
    public Uni<Optional<FleetDocument>> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult()
                .map(e -> Optional.ofNullable(e).map(DocumentRepository::toDomain));
    }

    @Override
    public Uni<List<FleetDocument>> ofSubjects(String tenantId, Collection<SubjectRef> subjects) {
        if (subjects == null || subjects.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        // Holder ids are UUIDs, unique across vehicles, trailers and drivers: the generated subject_id is enough.
        Set<UUID> ids = subjects.stream().map(SubjectRef::id).collect(Collectors.toSet());
        return ReadOnly.list(getSession(), DocumentEntity.class, "tenantId = :tenantId and subjectId in :ids",
                        Map.of("tenantId", tenantId, "ids", ids))
                .map(rows -> rows.stream().map(DocumentRepository::toDomain).toList());
    }

    @Override
    public Uni<Page<FleetDocument>> expiring(String tenantId, ExpiringFilter filter, LocalDate today, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder("from DocumentEntity d where d.tenantId = :tenantId"
                + " and d.validUntil is not null and d.validUntil <= :horizon and d.subjectType in :subjectTypes");
        parameters.put("tenantId", tenantId);
        parameters.put("horizon", today.plusDays(filter.withinDays()));
        parameters.put("subjectTypes", filter.subjectTypes().stream().map(Enum::name).toList());
        if (!filter.includeExpired()) {
            where.append(" and d.validUntil >= :today");
            parameters.put("today", today);
        }
        if (filter.type() != null) {
            where.append(" and d.type = :type");
            parameters.put("type", filter.type());
        }
        where.append(NOT_RENEWED);
        String order = " order by d." + page.sortProperty() + (page.ascending() ? " asc" : " desc") + ", d.id";
        var query = find(where + order, parameters).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(DocumentRepository::toDomain).toList(), page, total)));
    }

    @Override
    public Uni<ExpiryCounts> countNeedingRenewal(String tenantId, LocalDate today, int withinDays) {
        // The same documents as expiring(...) with expired ones included, split at today.
        String hql = "select count(case when d.validUntil < :today then 1 end), count(case when d.validUntil >= :today then 1 end)"
                + " from DocumentEntity d where d.tenantId = :tenantId and d.validUntil is not null"
                + " and d.validUntil <= :horizon" + NOT_RENEWED;
        return getSession().chain(session -> session.createSelectionQuery(hql, Object[].class)
                        .setParameter("tenantId", tenantId)
                        .setParameter("today", today)
                        .setParameter("horizon", today.plusDays(withinDays))
                        .getSingleResult())
                .map(row -> new ExpiryCounts((Long) row[1], (Long) row[0]));
    }

    @Override
    public Uni<FleetDocument> add(FleetDocument document) {
        DocumentEntity e = new DocumentEntity();
        e.id = document.id();
        switch (document.subject().type()) {
            case VEHICLE -> e.vehicleId = document.subject().id();
            case TRAILER -> e.trailerId = document.subject().id();
            case DRIVER -> e.driverId = document.subject().id();
        }
        e.type = document.type();
        copy(document, e);
        return persist(e).call(this::flush).map(DocumentRepository::toDomain);
    }

    @Override
    public Uni<FleetDocument> save(FleetDocument document) {
        return findById(document.id()).invoke(e -> copy(document, e)).call(e -> flush()).map(DocumentRepository::toDomain);
    }

    @Override
    public Uni<Void> remove(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult()
                .call(e -> e == null ? Uni.createFrom().voidItem() : delete(e).call(this::flush))
                .replaceWithVoid();
    }

    private static void copy(FleetDocument d, DocumentEntity e) {
        e.number = d.number();
        e.validFrom = d.validFrom();
        e.validUntil = d.validUntil();
        e.note = d.note();
        Envelopes.stamp(e, d.envelope());
    }

    static FleetDocument toDomain(DocumentEntity e) {
        // From the foreign keys, not the generated columns: those are unknown to a row this session just inserted.
        SubjectRef subject = e.vehicleId != null ? SubjectRef.vehicle(e.vehicleId)
                : e.trailerId != null ? SubjectRef.trailer(e.trailerId) : SubjectRef.driver(e.driverId);
        return new FleetDocument(Envelopes.of(e.id, e), subject, e.type, e.number, e.validFrom, e.validUntil, e.note);
    }
}
