package dev.opsuite.billing.ledger.application.service;

import dev.opsuite.billing.drafts.application.port.in.FindInvoiceDraftsQuery;
import dev.opsuite.billing.drafts.domain.DraftLine;
import dev.opsuite.billing.drafts.domain.InvoiceDraft;
import dev.opsuite.billing.drafts.domain.Totals;
import dev.opsuite.billing.ledger.application.port.in.ExportLedgerUseCase;
import dev.opsuite.billing.ledger.application.port.in.FindLedgerExportsQuery;
import dev.opsuite.billing.ledger.application.port.in.LedgerSettingsUseCase;
import dev.opsuite.billing.ledger.application.port.out.LedgerStore;
import dev.opsuite.billing.ledger.domain.ExportBatch;
import dev.opsuite.billing.ledger.domain.IncomeKind;
import dev.opsuite.billing.ledger.domain.InvoiceVersion;
import dev.opsuite.billing.ledger.domain.LedgerLine;
import dev.opsuite.billing.ledger.domain.LedgerSettings;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
class LedgerService implements ExportLedgerUseCase, FindLedgerExportsQuery, LedgerSettingsUseCase {

    private final FindInvoiceDraftsQuery invoices;
    private final LedgerStore ledger;
    private final Clock clock;

    LedgerService(FindInvoiceDraftsQuery invoices, LedgerStore ledger, Clock clock) {
        this.invoices = invoices;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<ExportBatch> export(Actor actor) {
        Instant now = clock.instant();
        return settings(actor.tenantId()).chain(settings -> invoices.finalized(actor.tenantId())
                .chain(finalized -> ledger.lastExported(actor.tenantId()).map(exported -> ExportBatch.of(
                        Envelope.created(UUID.randomUUID(), actor.tenantId(), actor.userId(), now),
                        finalized.stream().map(LedgerService::version).toList(), exported, settings))))
                // Nothing new: answered, not recorded. Two exports at once: the entries' unique key lets one win.
                .call(batch -> batch.isEmpty() ? Uni.createFrom().voidItem() : ledger.add(batch));
    }

    @Override
    @WithSession
    public Uni<ExportBatch> batch(String tenantId, UUID id) {
        return ledger.find(tenantId, id).map(found -> found.orElseThrow(Rejection.missing("ledger-export", id)));
    }

    @Override
    @WithSession
    public Uni<Page<ExportBatch>> batches(String tenantId, PageRequest page) {
        return ledger.list(tenantId, page);
    }

    @Override
    @WithSession
    public Uni<LedgerSettings> settings(String tenantId) {
        return ledger.settings(tenantId).map(found -> found.orElseGet(LedgerSettings::defaults));
    }

    @Override
    @WithTransaction
    public Uni<LedgerSettings> change(Actor actor, LedgerSettings settings) {
        return ledger.saveSettings(actor.tenantId(), settings, actor.userId(), clock.instant()).replaceWith(settings);
    }

    /** A finalized invoice at its current version, in the ledger's terms; booked when that version came to be. */
    static InvoiceVersion version(InvoiceDraft invoice) {
        Instant bookedAt = invoice.invoiceVersion() > 1 ? invoice.edits().get(invoice.edits().size() - 1).editedAt()
                : invoice.finalizedAt();
        Totals totals = invoice.totals();
        return new InvoiceVersion(invoice.id(), invoice.invoiceNumber(), invoice.invoiceVersion(),
                invoice.job().customerId().toString(), invoice.job().jobId(), bookedAt, invoice.currency(),
                invoice.lines().stream().map(LedgerService::line).toList(), totals.tax(), totals.total());
    }

    private static LedgerLine line(DraftLine line) {
        return new LedgerLine(IncomeKind.valueOf(line.kind().name()), line.sku(), line.description(), line.quantity(),
                line.unitPrice(), line.amount(), line.taxable());
    }
}
