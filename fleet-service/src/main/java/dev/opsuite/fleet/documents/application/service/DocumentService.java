package dev.opsuite.fleet.documents.application.service;

import dev.opsuite.fleet.documents.application.port.in.DocumentStatusQuery;
import dev.opsuite.fleet.documents.application.port.in.ManageDocumentsUseCase;
import dev.opsuite.fleet.documents.application.port.out.DocumentHolders;
import dev.opsuite.fleet.documents.application.port.out.DocumentStore;
import dev.opsuite.fleet.documents.domain.DocumentPolicy;
import dev.opsuite.fleet.documents.domain.DocumentStatus;
import dev.opsuite.fleet.documents.domain.FleetDocument;
import dev.opsuite.fleet.documents.domain.HolderKind;
import dev.opsuite.fleet.kernel.SubjectRef;
import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.domain.Result;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The documents of vehicles, trailers and drivers, and their traffic light. A change locks its holder's row first
 * and announces {@code DocumentChanged}, on which the holder's transport units are reassessed.
 */
@ApplicationScoped
class DocumentService implements ManageDocumentsUseCase, DocumentStatusQuery {

    static final String WHAT = "document";

    private final DocumentStore documents;
    private final DocumentHolders holders;
    private final EventPublisher events;
    private final Clock clock;
    private final ZoneId zone;
    private final DocumentPolicy policy;

    DocumentService(DocumentStore documents, DocumentHolders holders, EventPublisher events, Clock clock,
            DocumentsConfig config) {
        this.documents = documents;
        this.holders = holders;
        this.events = events;
        this.clock = clock;
        this.zone = config.timeZone();
        this.policy = new DocumentPolicy(config.expiryWarningDays());
    }

    @Override
    @WithTransaction
    public Uni<DocumentView> add(AddDocumentCommand command) {
        Actor actor = command.actor();
        SubjectRef subject = command.subject();
        return holder(actor.tenantId(), subject, true)
                .map(holder -> Rejection.accepted(FleetDocument.add(UUID.randomUUID(), actor.tenantId(), subject, holder,
                        command.entry(), actor.userId(), clock.instant())))
                .chain(added -> documents.add(added.value()).call(() -> events.publish(added.events())))
                .map(this::view);
    }

    @Override
    @WithTransaction
    public Uni<DocumentView> update(UpdateDocumentCommand command) {
        Actor actor = command.actor();
        return toChange(actor, command.subject(), command.documentId(), command.expectedVersion())
                .chain(document -> {
                    Result.Accepted<FleetDocument> updated = Rejection.accepted(document.update(command.number(),
                            command.validFrom(), command.validUntil(), command.note(), actor.userId(), clock.instant()));
                    return documents.save(document).call(() -> events.publish(updated.events()));
                })
                .map(this::view);
    }

    @Override
    @WithTransaction
    public Uni<Void> remove(RemoveDocumentCommand command) {
        Actor actor = command.actor();
        return toChange(actor, command.subject(), command.documentId(), command.expectedVersion())
                .chain(document -> {
                    Result.Accepted<FleetDocument> removed = Rejection.accepted(document.remove(actor.userId(),
                            clock.instant()));
                    return documents.remove(actor.tenantId(), document.id()).call(() -> events.publish(removed.events()));
                });
    }

    @Override
    @WithSession
    public Uni<DocumentView> find(String tenantId, SubjectRef subject, UUID documentId) {
        return holder(tenantId, subject, false).chain(() -> held(tenantId, subject, documentId)).map(this::view);
    }

    @Override
    @WithSession
    public Uni<DocumentOverview> overview(String tenantId, SubjectRef subject) {
        return holder(tenantId, subject, false).chain(holder -> documents.ofSubjects(tenantId, List.of(subject))
                .map(held -> {
                    LocalDate today = today();
                    List<DocumentView> views = held.stream()
                            .sorted(Comparator.comparing((FleetDocument d) -> d.type().ordinal())
                                    .thenComparing(FleetDocument::validFrom, Comparator.reverseOrder()))
                            .map(d -> new DocumentView(d, policy.validity(d, today)))
                            .toList();
                    return new DocumentOverview(subject, holder, today, policy.warningDays(),
                            DocumentPolicy.required(holder), policy.evaluate(holder, held, today), views);
                }));
    }

    @Override
    @WithSession
    public Uni<Page<ExpiringDocument>> expiring(String tenantId, ExpiringFilter filter, PageRequest page) {
        LocalDate today = today();
        return documents.expiring(tenantId, filter, today, page).chain(found -> holders.labels(tenantId,
                        found.items().stream().map(FleetDocument::subject).distinct().toList())
                .map(labels -> found.map(d -> new ExpiringDocument(d, policy.validity(d, today),
                        ChronoUnit.DAYS.between(today, d.validUntil()), labels.get(d.subject())))));
    }

    @Override
    public int defaultWarningDays() {
        return policy.warningDays();
    }

    @Override
    @WithSession
    public Uni<Map<SubjectRef, DocumentStatus>> statuses(String tenantId, Map<SubjectRef, HolderKind> kinds) {
        if (kinds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return documents.ofSubjects(tenantId, kinds.keySet()).map(found -> {
            Map<SubjectRef, List<FleetDocument>> bySubject = new HashMap<>();
            found.forEach(d -> bySubject.computeIfAbsent(d.subject(), s -> new ArrayList<>()).add(d));
            LocalDate today = today();
            Map<SubjectRef, DocumentStatus> statuses = new HashMap<>();
            kinds.forEach((subject, kind) -> statuses.put(subject,
                    policy.evaluate(kind, bySubject.getOrDefault(subject, List.of()), today)));
            return statuses;
        });
    }

    @Override
    @WithSession
    public Uni<RenewalCounts> needingRenewal(String tenantId) {
        int warningDays = policy.warningDays();
        return documents.countNeedingRenewal(tenantId, today(), warningDays)
                .map(counts -> new RenewalCounts(warningDays, counts.expiringSoon(), counts.expired()));
    }

    /** The holder's kind; a holder the tenant does not have is a 404 naming what was looked for. */
    private Uni<HolderKind> holder(String tenantId, SubjectRef subject, boolean lock) {
        return holders.kind(tenantId, subject, lock).map(found -> found.orElseThrow(
                Rejection.missing(subject.type().name().toLowerCase(java.util.Locale.ROOT), subject.id())));
    }

    /**
     * The holder's document a caller changes: the holder locked (its changes and its units' reassessment queue), the
     * document its own, at the version the caller saw.
     */
    private Uni<FleetDocument> toChange(Actor actor, SubjectRef subject, UUID documentId, Long expectedVersion) {
        return holder(actor.tenantId(), subject, true).chain(() -> held(actor.tenantId(), subject, documentId))
                .invoke(document -> Rejection.requireVersion(expectedVersion, document.version()));
    }

    /** The document, if it belongs to this holder; otherwise (or another tenant's) a 404. */
    private Uni<FleetDocument> held(String tenantId, SubjectRef subject, UUID documentId) {
        return documents.find(tenantId, documentId).map(found -> found.filter(d -> d.subject().equals(subject))
                .orElseThrow(Rejection.missing(WHAT, documentId)));
    }

    /** The calendar day documents are judged on. */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private DocumentView view(FleetDocument document) {
        return new DocumentView(document, policy.validity(document, today()));
    }
}
