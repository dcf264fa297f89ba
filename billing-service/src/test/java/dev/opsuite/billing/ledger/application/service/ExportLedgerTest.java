package dev.opsuite.billing.ledger.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.billing.drafts.domain.CompletedJob;
import dev.opsuite.billing.drafts.domain.DraftEdit;
import dev.opsuite.billing.drafts.domain.DraftStatus;
import dev.opsuite.billing.drafts.domain.InvoiceDraft;
import dev.opsuite.billing.drafts.domain.LineKind;
import dev.opsuite.billing.ledger.domain.EntryKind;
import dev.opsuite.billing.ledger.domain.ExportBatch;
import dev.opsuite.billing.testing.InMemoryInvoiceDrafts;
import dev.opsuite.billing.testing.InMemoryLedger;
import dev.opsuite.billing.testing.Jobs;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.tenancy.Actor;
import dev.opsuite.testing.fakes.ControlledClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Seed 002: finance exports the ledger; again, nothing new; a correction after export is one adjustment. */
class ExportLedgerTest {

    static final Actor DANA = new Actor("acme", "finance-dana");
    static final Instant FINALIZED = Instant.parse("2026-05-06T10:15:00Z");

    final InMemoryInvoiceDrafts drafts = new InMemoryInvoiceDrafts();
    final InMemoryLedger ledger = new InMemoryLedger();
    final LedgerService service = new LedgerService(drafts, ledger, ControlledClock.at("2026-05-07T08:00:00Z"));

    @Test
    void exported_once_per_version() {
        InvoiceDraft invoice = finalized("2.5");
        drafts.add(invoice).await().indefinitely();

        ExportBatch first = service.export(DANA).await().indefinitely();
        assertThat(first.entries()).singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo(EntryKind.ORIGINAL));
        assertThat(first.total()).isEqualByComparingTo("356.46");
        assertThat(service.export(DANA).await().indefinitely().isEmpty()).isTrue();

        InvoiceDraft revised = dev.opsuite.support.application.Rejection.orThrow(invoice.edit(List.of(Jobs.line(LineKind.LABOR, "Labor, standard rate", "3", "95.00", false),
                        invoice.lines().get(1), invoice.lines().get(2), invoice.lines().get(3)), invoice.taxRate(),
                "Half an hour more", "finance-lucas", FINALIZED.plusSeconds(86400)));
        drafts.save(revised).await().indefinitely();

        ExportBatch adjustment = service.export(DANA).await().indefinitely();
        assertThat(adjustment.entries()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EntryKind.ADJUSTMENT);
            assertThat(e.amount()).isEqualByComparingTo("47.50");
        });
        assertThat(service.export(DANA).await().indefinitely().isEmpty()).isTrue();
        assertThat(ledger.all()).hasSize(2);
    }

    private static InvoiceDraft finalized(String hours) {
        var job = Jobs.priced("acme");
        var lines = List.of(Jobs.line(LineKind.LABOR, "Labor, standard rate", hours, "95.00", false),
                job.lines().get(1), job.lines().get(2), job.lines().get(3));
        return new InvoiceDraft(Envelope.created(UUID.randomUUID(), "acme", "tom", FINALIZED),
                new CompletedJob(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, "tom", FINALIZED, null),
                "USD", lines, new BigDecimal("0.0825"), DraftStatus.FINALIZED, "finance-dana", FINALIZED,
                "SVC-2026-000001", 1, "finance-lucas", FINALIZED, List.<DraftEdit>of());
    }
}
