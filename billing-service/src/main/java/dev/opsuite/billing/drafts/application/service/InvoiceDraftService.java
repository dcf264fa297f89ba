package dev.opsuite.billing.drafts.application.service;

import dev.opsuite.billing.drafts.application.port.in.DraftInvoiceFromJobUseCase;
import dev.opsuite.billing.drafts.application.port.in.EditInvoiceDraftUseCase;
import dev.opsuite.billing.drafts.application.port.in.FindInvoiceDraftsQuery;
import dev.opsuite.billing.drafts.application.port.in.ReviewInvoiceDraftUseCase;
import dev.opsuite.billing.drafts.application.port.out.InvoiceDraftStore;
import dev.opsuite.billing.drafts.domain.InvoiceDraft;
import dev.opsuite.support.application.DocumentNumbering;
import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Result;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

@ApplicationScoped
class InvoiceDraftService implements DraftInvoiceFromJobUseCase, EditInvoiceDraftUseCase, ReviewInvoiceDraftUseCase,
        FindInvoiceDraftsQuery {

    /** The document series of invoices finalized from jobs: SVC-2026-000001, apart from the order desk's INV-. */
    static final String NUMBER_PREFIX = "SVC";

    private final InvoiceDraftStore drafts;
    private final DocumentNumbering numbers;
    private final EventPublisher events;
    private final Clock clock;

    InvoiceDraftService(InvoiceDraftStore drafts, DocumentNumbering numbers, EventPublisher events, Clock clock) {
        this.drafts = drafts;
        this.numbers = numbers;
        this.events = events;
        this.clock = clock;
    }

    /** In the inbox's transaction. */
    @Override
    public Uni<Void> draft(JobToInvoice job) {
        return drafts.findByJob(job.tenantId(), job.job().jobId()).chain(existing -> {
            if (existing.isPresent()) {
                // The job's completion heard again under another event id: one draft per job.
                return Uni.createFrom().voidItem();
            }
            Instant now = clock.instant();
            InvoiceDraft draft = Rejection.orThrow(InvoiceDraft.fromJob(
                    Envelope.created(UUID.randomUUID(), job.tenantId(), job.job().completedBy(), now), job.job(),
                    job.currency(), job.lines(), job.taxRate()));
            return drafts.add(draft);
        });
    }

    @Override
    @WithTransaction
    public Uni<InvoiceDraft> edit(EditDraftCommand command) {
        Actor actor = command.actor();
        return change(actor, command.draftId(), command.expectedVersion(), draft -> draft.edit(command.lines(),
                command.taxRate(), command.reason(), actor.userId(), clock.instant()));
    }

    @Override
    @WithTransaction
    public Uni<InvoiceDraft> prepare(ReviewCommand command) {
        Actor actor = command.actor();
        return change(actor, command.draftId(), command.expectedVersion(),
                draft -> draft.prepare(actor.userId(), clock.instant()));
    }

    @Override
    @WithTransaction
    public Uni<InvoiceDraft> finalizeDraft(ReviewCommand command) {
        Actor actor = command.actor();
        Instant now = clock.instant();
        // The row lock makes two finalizations queue: the second finds it finalized (409 draft-finalized).
        return drafts.findForUpdate(actor.tenantId(), command.draftId())
                .map(found -> Rejection.orThrow(Rejection.current(found, "invoice-draft", command.draftId(),
                        command.expectedVersion()).mayFinalize(actor.userId())))
                // Numbered only once it may be finalized; a rollback gives the number back (gap-free).
                .chain(draft -> numbers.next(actor.tenantId(), NUMBER_PREFIX, now.atZone(ZoneOffset.UTC).getYear())
                        .map(number -> Rejection.accepted(draft.finalizeAs(number, actor.userId(), now))))
                .chain(finalized -> drafts.save(finalized.value()).call(() -> events.publish(finalized.events())));
    }

    /** Locks the draft at the caller's version, lets it decide, saves it and hands its events to the outbox. */
    private Uni<InvoiceDraft> change(Actor actor, UUID id, Long expectedVersion,
            Function<InvoiceDraft, Result<InvoiceDraft>> decision) {
        return drafts.findForUpdate(actor.tenantId(), id)
                .map(found -> Rejection.accepted(decision.apply(Rejection.current(found, "invoice-draft", id,
                        expectedVersion))))
                .chain(changed -> drafts.save(changed.value()).call(() -> events.publish(changed.events())));
    }

    @Override
    @WithSession
    public Uni<InvoiceDraft> draft(String tenantId, UUID id) {
        return drafts.find(tenantId, id).map(found -> found.orElseThrow(Rejection.missing("invoice-draft", id)));
    }

    @Override
    @WithSession
    public Uni<Page<InvoiceDraft>> drafts(String tenantId, DraftFilter filter, PageRequest page) {
        return drafts.list(tenantId, filter, page);
    }

    @Override
    @WithSession
    public Uni<List<InvoiceDraft>> finalized(String tenantId) {
        return drafts.finalized(tenantId);
    }
}
