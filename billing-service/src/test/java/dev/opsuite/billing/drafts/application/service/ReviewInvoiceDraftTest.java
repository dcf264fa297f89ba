package dev.opsuite.billing.drafts.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.billing.drafts.application.port.in.EditInvoiceDraftUseCase.EditDraftCommand;
import dev.opsuite.billing.drafts.application.port.in.FindInvoiceDraftsQuery.DraftFilter;
import dev.opsuite.billing.drafts.application.port.in.ReviewInvoiceDraftUseCase.ReviewCommand;
import dev.opsuite.billing.drafts.domain.DraftStatus;
import dev.opsuite.billing.drafts.domain.InvoiceDraft;
import dev.opsuite.billing.drafts.domain.JobInvoiceFinalized;
import dev.opsuite.billing.drafts.domain.JobInvoiceRevised;
import dev.opsuite.billing.drafts.domain.LineKind;
import dev.opsuite.billing.testing.InMemoryInvoiceDrafts;
import dev.opsuite.billing.testing.Jobs;
import dev.opsuite.support.application.RejectedException;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import dev.opsuite.testing.fakes.ControlledClock;
import dev.opsuite.testing.fakes.CountingDocumentNumbers;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Seed 002: a completed job becomes a draft priced to the cent; finance edits with a reason, one person prepares and
 * another finalizes (numbered, version 1, announced); a finalized invoice corrected is its next version.
 */
class ReviewInvoiceDraftTest {

    static final Actor DANA = new Actor("acme", "finance-dana");
    static final Actor LUCAS = new Actor("acme", "finance-lucas");

    final InMemoryInvoiceDrafts drafts = new InMemoryInvoiceDrafts();
    final CountingDocumentNumbers numbers = new CountingDocumentNumbers();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final ControlledClock clock = ControlledClock.at("2026-05-06T10:15:00Z");
    final InvoiceDraftService service = new InvoiceDraftService(drafts, numbers, events, clock);

    @Test
    void a_job_with_two_and_a_half_hours_and_three_parts_is_drafted_to_the_cent_once() {
        var job = Jobs.priced("acme");
        service.draft(job).await().indefinitely();
        service.draft(job).await().indefinitely();

        assertThat(drafts.all()).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DraftStatus.DRAFT);
            assertThat(d.totals().subtotal()).isEqualByComparingTo("347.39");
            assertThat(d.totals().tax()).isEqualByComparingTo("9.07");
            assertThat(d.totals().total()).isEqualByComparingTo("356.46");
            assertThat(d.needsPricing()).isFalse();
        });
        assertThat(events.published()).isEmpty();
    }

    @Test
    void the_preparer_does_not_finalize_a_second_person_does() {
        InvoiceDraft draft = drafted(Jobs.priced("acme"));
        service.prepare(new ReviewCommand(DANA, draft.id(), null)).await().indefinitely();

        refused(() -> service.finalizeDraft(new ReviewCommand(DANA, draft.id(), null)).await().indefinitely(),
                "preparer-cannot-finalize", "preparedBy");
        assertThat(numbers.taken()).isZero();

        InvoiceDraft invoice = service.finalizeDraft(new ReviewCommand(LUCAS, draft.id(), null)).await().indefinitely();
        assertThat(invoice.status()).isEqualTo(DraftStatus.FINALIZED);
        assertThat(invoice.invoiceNumber()).isEqualTo("SVC-2026-000001");
        assertThat(invoice.invoiceVersion()).isEqualTo(1);
        assertThat(invoice.finalizedBy()).isEqualTo("finance-lucas");
        assertThat(events.published()).singleElement().isInstanceOfSatisfying(JobInvoiceFinalized.class,
                f -> assertThat(f.invoice().invoiceNumber()).isEqualTo("SVC-2026-000001"));

        refused(() -> service.finalizeDraft(new ReviewCommand(LUCAS, draft.id(), null)).await().indefinitely(),
                "draft-finalized", "status");
    }

    @Test
    void only_a_prepared_and_priced_draft_is_finalized() {
        InvoiceDraft draft = drafted(Jobs.unpriced("acme"));
        assertThat(draft.needsPricing()).isTrue();
        assertThat(drafts.drafts("acme", new DraftFilter(null, null, null, true), new PageRequest(1, 20, "createdAt", false))
                .await().indefinitely().items()).hasSize(1);
        refused(() -> service.finalizeDraft(new ReviewCommand(LUCAS, draft.id(), null)).await().indefinitely(),
                "draft-not-prepared", "status");
        service.prepare(new ReviewCommand(DANA, draft.id(), null)).await().indefinitely();
        refused(() -> service.finalizeDraft(new ReviewCommand(LUCAS, draft.id(), null)).await().indefinitely(),
                "draft-needs-pricing", "lines[0].unitPrice");
    }

    @Test
    void an_edit_needs_a_reason_is_kept_and_makes_its_editor_the_preparer() {
        InvoiceDraft draft = drafted(Jobs.unpriced("acme"));
        var lines = List.of(Jobs.line(LineKind.LABOR, "Labor, standard rate", "2.5", "95.00", false));

        refused(() -> service.edit(new EditDraftCommand(DANA, draft.id(), lines, BigDecimal.ZERO, " ", null))
                .await().indefinitely(), "reason-required", "reason", Rejection.Kind.UNPROCESSABLE);

        InvoiceDraft edited = service.edit(new EditDraftCommand(DANA, draft.id(), lines, BigDecimal.ZERO,
                "Priced from the price book", null)).await().indefinitely();
        assertThat(edited.status()).isEqualTo(DraftStatus.PREPARED);
        assertThat(edited.preparedBy()).isEqualTo("finance-dana");
        assertThat(edited.edits()).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo("Priced from the price book");
            assertThat(e.editedBy()).isEqualTo("finance-dana");
            assertThat(e.totalBefore()).isEqualByComparingTo("0");
            assertThat(e.totalAfter()).isEqualByComparingTo("237.50");
        });
        assertThat(events.published()).isEmpty();
    }

    @Test
    void a_finalized_invoice_corrected_is_its_next_version_and_announced() {
        InvoiceDraft draft = drafted(Jobs.priced("acme"));
        service.prepare(new ReviewCommand(DANA, draft.id(), null)).await().indefinitely();
        service.finalizeDraft(new ReviewCommand(LUCAS, draft.id(), null)).await().indefinitely();

        InvoiceDraft revised = service.edit(new EditDraftCommand(LUCAS, draft.id(),
                List.of(Jobs.line(LineKind.LABOR, "Labor, standard rate", "3", "95.00", false)), new BigDecimal("0.0825"),
                "Half an hour more", null)).await().indefinitely();

        assertThat(revised.invoiceVersion()).isEqualTo(2);
        assertThat(revised.status()).isEqualTo(DraftStatus.FINALIZED);
        assertThat(revised.preparedBy()).isEqualTo("finance-dana");
        assertThat(events.published()).hasSize(2).last().isInstanceOfSatisfying(JobInvoiceRevised.class,
                r -> assertThat(r.edit().invoiceVersion()).isEqualTo(2));
    }

    private InvoiceDraft drafted(dev.opsuite.billing.drafts.application.port.in.DraftInvoiceFromJobUseCase.JobToInvoice job) {
        service.draft(job).await().indefinitely();
        return drafts.findByJob("acme", job.job().jobId()).await().indefinitely().orElseThrow();
    }

    private static void refused(ThrowingCallable call, String code, String field) {
        refused(call, code, field, Rejection.Kind.CONFLICT);
    }

    private static void refused(ThrowingCallable call, String code, String field, Rejection.Kind kind) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RejectedException.class, e -> {
            assertThat(e.rejection().code()).isEqualTo(code);
            assertThat(e.rejection().field()).isEqualTo(field);
            assertThat(e.rejection().kind()).isEqualTo(kind);
        });
    }
}
