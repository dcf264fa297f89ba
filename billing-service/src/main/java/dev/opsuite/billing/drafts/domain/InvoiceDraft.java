package dev.opsuite.billing.drafts.domain;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Seed 002's invoice draft: made from a completed field job's labor and parts, reviewed and edited (with a reason) by
 * finance, and finalized by someone other than its preparer (segregation of duties): then it is an invoice with a
 * number and version 1. A finalized invoice is still corrected, with a reason, as versions 2, 3, ...
 * {@code invoiceNumber}, {@code invoiceVersion}, {@code finalizedBy/At} are null/0 until it is finalized.
 */
public record InvoiceDraft(Envelope envelope, CompletedJob job, String currency, List<DraftLine> lines,
        BigDecimal taxRate, DraftStatus status, String preparedBy, Instant preparedAt, String invoiceNumber,
        int invoiceVersion, String finalizedBy, Instant finalizedAt, List<DraftEdit> edits) implements Enveloped {

    /** The highest tax rate a line may carry (a fraction: 0.0825 is 8.25 %). */
    public static final BigDecimal MAX_TAX_RATE = BigDecimal.ONE;

    public InvoiceDraft {
        lines = List.copyOf(lines);
        edits = List.copyOf(edits);
    }

    /** A draft of the job's lines, as job-completed priced them (or at 0.00 waiting for prices). */
    public static Result<InvoiceDraft> fromJob(Envelope envelope, CompletedJob job, String currency,
            List<DraftLine> lines, BigDecimal taxRate) {
        if (lines.isEmpty()) {
            return Result.invalid("no-lines", "lines", "Job " + job.jobId() + " logged no labor and used no parts.");
        }
        return Result.accepted(new InvoiceDraft(envelope, job, currency, lines, taxRate, DraftStatus.DRAFT, null, null,
                null, 0, null, null, List.of()));
    }

    public Totals totals() {
        return Totals.of(lines, taxRate);
    }

    /** Some line made without a price still is at 0.00. */
    public boolean needsPricing() {
        return lines.stream().anyMatch(DraftLine::needsPrice);
    }

    /**
     * New lines and tax rate, with a reason. A draft's editor becomes its preparer (they reviewed it); a finalized
     * invoice becomes its next version and the change is announced.
     */
    public Result<InvoiceDraft> edit(List<DraftLine> newLines, BigDecimal newTaxRate, String reason, String by,
            Instant now) {
        if (reason == null || reason.isBlank()) {
            return Result.invalid("reason-required", "reason", "Say why the invoice is changed.");
        }
        if (newLines.isEmpty()) {
            return Result.invalid("no-lines", "lines", "An invoice needs at least one line.");
        }
        if (newTaxRate.signum() < 0 || newTaxRate.compareTo(MAX_TAX_RATE) >= 0) {
            return Result.invalid("invalid-tax-rate", "taxRate", "The tax rate is a fraction from 0 to below 1.");
        }
        BigDecimal before = totals().total();
        boolean finalized = status == DraftStatus.FINALIZED;
        int version = finalized ? invoiceVersion + 1 : invoiceVersion;
        InvoiceDraft changed = new InvoiceDraft(envelope.touched(by, now), job, currency, newLines, newTaxRate,
                finalized ? status : DraftStatus.PREPARED, finalized ? preparedBy : by, finalized ? preparedAt : now,
                invoiceNumber, version, finalizedBy, finalizedAt, List.of());
        DraftEdit edit = new DraftEdit(version, reason.strip(), by, now, before, changed.totals().total());
        List<DraftEdit> all = new ArrayList<>(edits);
        all.add(edit);
        changed = changed.withEdits(all);
        return finalized ? Result.accepted(changed, new JobInvoiceRevised(tenantId(), changed, edit))
                : Result.accepted(changed);
    }

    /** Reviewed: the caller is its preparer. Only a draft that nobody prepared yet. */
    public Result<InvoiceDraft> prepare(String by, Instant now) {
        if (status != DraftStatus.DRAFT) {
            return Result.wrongState("draft-not-open", "status", "The draft is " + status
                    + (preparedBy == null ? "" : ", prepared by " + preparedBy) + ".");
        }
        return Result.accepted(new InvoiceDraft(envelope.touched(by, now), job, currency, lines, taxRate,
                DraftStatus.PREPARED, by, now, null, 0, null, null, edits));
    }

    /** Why {@code by} may not finalize it now, if so; checked before a number is taken. */
    public Result<InvoiceDraft> mayFinalize(String by) {
        if (status != DraftStatus.PREPARED) {
            return Result.wrongState(status == DraftStatus.FINALIZED ? "draft-finalized" : "draft-not-prepared", "status",
                    status == DraftStatus.FINALIZED ? "The invoice is finalized already as " + invoiceNumber + "."
                            : "Only a prepared draft is finalized; prepare it first.");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).needsPrice()) {
                return Result.wrongState("draft-needs-pricing", "lines[" + i + "].unitPrice",
                        "Line " + (i + 1) + " (" + lines.get(i).description() + ") still needs a price.");
            }
        }
        if (by.equals(preparedBy)) {
            return Result.wrongState("preparer-cannot-finalize", "preparedBy", "The draft was prepared by " + preparedBy
                    + "; someone else finalizes it (segregation of duties).");
        }
        return Result.accepted(this);
    }

    /** Prepared by someone else, priced: it is invoice {@code number}, version 1, and field hears of it. */
    public Result<InvoiceDraft> finalizeAs(String number, String by, Instant now) {
        Result<InvoiceDraft> may = mayFinalize(by);
        if (!(may instanceof Result.Accepted<InvoiceDraft>)) {
            return may;
        }
        InvoiceDraft finalized = new InvoiceDraft(envelope.touched(by, now), job, currency, lines, taxRate,
                DraftStatus.FINALIZED, preparedBy, preparedAt, number, 1, by, now, edits);
        return Result.accepted(finalized, new JobInvoiceFinalized(tenantId(), finalized));
    }

    private InvoiceDraft withEdits(List<DraftEdit> all) {
        return new InvoiceDraft(envelope, job, currency, lines, taxRate, status, preparedBy, preparedAt, invoiceNumber,
                invoiceVersion, finalizedBy, finalizedAt, all);
    }
}
