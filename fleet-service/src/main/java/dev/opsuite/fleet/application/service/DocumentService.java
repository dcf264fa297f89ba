package dev.opsuite.fleet.application.service;

import dev.opsuite.fleet.application.port.in.ManageDocumentsUseCase;
import dev.opsuite.fleet.application.port.out.DocumentStore;
import dev.opsuite.fleet.domain.DocumentPolicy;
import dev.opsuite.fleet.domain.FleetDocument;
import dev.opsuite.fleet.domain.ReadinessCause;
import dev.opsuite.fleet.domain.SubjectRef;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class DocumentService implements ManageDocumentsUseCase {

    static final String WHAT = "document";

    private final DocumentStore documents;
    private final Holders holders;
    private final UnitReadiness readiness;
    private final Clock clock;

    DocumentService(DocumentStore documents, Holders holders, UnitReadiness readiness, Clock clock) {
        this.documents = documents;
        this.holders = holders;
        this.readiness = readiness;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<DocumentView> add(AddDocumentCommand command) {
        Actor actor = command.actor();
        SubjectRef subject = command.subject();
        return holders.kind(actor.tenantId(), subject, true)
                .map(holder -> Rejection.orThrow(FleetDocument.add(UUID.randomUUID(), actor.tenantId(), subject, holder,
                        command.entry(), actor.userId(), clock.instant())))
                .chain(documents::add)
                .call(() -> readiness.reassessUnitsOf(actor.tenantId(), subject, ReadinessCause.DOCUMENT_CHANGED))
                .map(this::view);
    }

    @Override
    @WithTransaction
    public Uni<DocumentView> update(UpdateDocumentCommand command) {
        Actor actor = command.actor();
        SubjectRef subject = command.subject();
        return holders.kind(actor.tenantId(), subject, true)
                .chain(() -> held(actor.tenantId(), subject, command.documentId()))
                .map(document -> {
                    Rejection.requireVersion(command.expectedVersion(), document.version());
                    return Rejection.orThrow(document.update(command.number(), command.validFrom(), command.validUntil(),
                            command.note(), actor.userId(), clock.instant()));
                })
                .chain(documents::save)
                .call(() -> readiness.reassessUnitsOf(actor.tenantId(), subject, ReadinessCause.DOCUMENT_CHANGED))
                .map(this::view);
    }

    @Override
    @WithTransaction
    public Uni<Void> remove(RemoveDocumentCommand command) {
        Actor actor = command.actor();
        SubjectRef subject = command.subject();
        return holders.kind(actor.tenantId(), subject, true)
                .chain(() -> held(actor.tenantId(), subject, command.documentId()))
                .chain(document -> {
                    Rejection.requireVersion(command.expectedVersion(), document.version());
                    return documents.remove(actor.tenantId(), document.id());
                })
                .call(() -> readiness.reassessUnitsOf(actor.tenantId(), subject, ReadinessCause.DOCUMENT_CHANGED));
    }

    @Override
    @WithSession
    public Uni<DocumentView> find(String tenantId, SubjectRef subject, UUID documentId) {
        return holders.kind(tenantId, subject, false).chain(() -> held(tenantId, subject, documentId)).map(this::view);
    }

    @Override
    @WithSession
    public Uni<DocumentOverview> overview(String tenantId, SubjectRef subject) {
        return holders.kind(tenantId, subject, false).chain(holder -> documents.ofSubjects(tenantId, List.of(subject))
                .map(held -> {
                    LocalDate today = readiness.today();
                    DocumentPolicy policy = readiness.documentPolicy();
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
        LocalDate today = readiness.today();
        return documents.expiring(tenantId, filter, today, page).chain(found -> holders.labels(tenantId,
                        found.items().stream().map(FleetDocument::subject).distinct().toList())
                .map(labels -> found.map(d -> new ExpiringDocument(d, readiness.documentPolicy().validity(d, today),
                        ChronoUnit.DAYS.between(today, d.validUntil()), labels.get(d.subject())))));
    }

    @Override
    public int defaultWarningDays() {
        return readiness.documentPolicy().warningDays();
    }

    /** The document, if it belongs to this holder; otherwise (or another tenant's) a 404. */
    private Uni<FleetDocument> held(String tenantId, SubjectRef subject, UUID documentId) {
        return documents.find(tenantId, documentId).map(document -> {
            if (document == null || !document.subject().equals(subject)) {
                throw Rejection.notFound(WHAT, documentId).toException();
            }
            return document;
        });
    }

    private DocumentView view(FleetDocument document) {
        return new DocumentView(document, readiness.documentPolicy().validity(document, readiness.today()));
    }
}
