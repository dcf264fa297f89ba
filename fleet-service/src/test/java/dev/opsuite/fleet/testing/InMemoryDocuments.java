package dev.opsuite.fleet.testing;

import dev.opsuite.fleet.documents.application.port.in.ManageDocumentsUseCase.ExpiringFilter;
import dev.opsuite.fleet.documents.application.port.out.DocumentHolders;
import dev.opsuite.fleet.documents.application.port.out.DocumentStore;
import dev.opsuite.fleet.documents.domain.FleetDocument;
import dev.opsuite.fleet.documents.domain.HolderKind;
import dev.opsuite.fleet.kernel.SubjectRef;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Documents in memory, and the holders they belong to (whatever kind of vehicle, trailer or driver the test names). */
public final class InMemoryDocuments implements DocumentStore, DocumentHolders {

    private final Map<UUID, FleetDocument> documents = new LinkedHashMap<>();
    private final Map<SubjectRef, HolderKind> holders = new HashMap<>();
    private final Map<SubjectRef, String> labels = new HashMap<>();

    /** A holder the tenant has: its kind and how a person reads it. */
    public SubjectRef holder(SubjectRef subject, HolderKind kind, String label) {
        holders.put(subject, kind);
        labels.put(subject, label);
        return subject;
    }

    public List<FleetDocument> all() {
        return List.copyOf(documents.values());
    }

    @Override
    public Uni<Optional<HolderKind>> kind(String tenantId, SubjectRef holder, boolean lock) {
        return Uni.createFrom().item(Optional.ofNullable(holders.get(holder)));
    }

    @Override
    public Uni<Map<SubjectRef, String>> labels(String tenantId, Collection<SubjectRef> of) {
        Map<SubjectRef, String> found = new HashMap<>();
        of.forEach(s -> Optional.ofNullable(labels.get(s)).ifPresent(l -> found.put(s, l)));
        return Uni.createFrom().item(found);
    }

    @Override
    public Uni<Optional<FleetDocument>> find(String tenantId, UUID id) {
        return Uni.createFrom().item(Optional.ofNullable(documents.get(id)).filter(d -> d.tenantId().equals(tenantId)));
    }

    @Override
    public Uni<List<FleetDocument>> ofSubjects(String tenantId, Collection<SubjectRef> subjects) {
        Set<SubjectRef> wanted = Set.copyOf(subjects);
        return Uni.createFrom().item(documents.values().stream()
                .filter(d -> d.tenantId().equals(tenantId) && wanted.contains(d.subject())).toList());
    }

    @Override
    public Uni<Page<FleetDocument>> expiring(String tenantId, ExpiringFilter filter, LocalDate today, PageRequest page) {
        LocalDate until = today.plusDays(filter.withinDays());
        List<FleetDocument> matching = documents.values().stream()
                .filter(d -> d.tenantId().equals(tenantId))
                .filter(d -> filter.subjectTypes().contains(d.subject().type()))
                .filter(d -> filter.type() == null || d.type() == filter.type())
                .filter(d -> d.validUntil() != null && !d.validUntil().isAfter(until))
                .filter(d -> filter.includeExpired() || !d.validUntil().isBefore(today))
                .filter(d -> !renewed(d))
                .sorted(Comparator.comparing(FleetDocument::validUntil))
                .toList();
        return Uni.createFrom().item(Page.slice(matching, page));
    }

    @Override
    public Uni<ExpiryCounts> countNeedingRenewal(String tenantId, LocalDate today, int withinDays) {
        LocalDate until = today.plusDays(withinDays);
        List<FleetDocument> ending = documents.values().stream()
                .filter(d -> d.tenantId().equals(tenantId) && d.validUntil() != null && !renewed(d)).toList();
        return Uni.createFrom().item(new ExpiryCounts(
                ending.stream().filter(d -> !d.validUntil().isBefore(today) && !d.validUntil().isAfter(until)).count(),
                ending.stream().filter(d -> d.validUntil().isBefore(today)).count()));
    }

    /** A later document of the same holder and type follows this one. */
    private boolean renewed(FleetDocument d) {
        return documents.values().stream().anyMatch(o -> o != d && o.subject().equals(d.subject()) && o.type() == d.type()
                && (o.validUntil() == null || o.validUntil().isAfter(d.validUntil())));
    }

    @Override
    public Uni<FleetDocument> add(FleetDocument document) {
        documents.put(document.id(), document);
        return Uni.createFrom().item(document);
    }

    @Override
    public Uni<FleetDocument> save(FleetDocument document) {
        return add(document);
    }

    @Override
    public Uni<Void> remove(String tenantId, UUID id) {
        documents.remove(id);
        return Uni.createFrom().voidItem();
    }
}
