package dev.opsuite.billing.drafts.interfaces.rest;

import dev.opsuite.billing.drafts.domain.DraftEdit;
import dev.opsuite.billing.drafts.domain.DraftLine;
import dev.opsuite.billing.drafts.domain.DraftStatus;
import dev.opsuite.billing.drafts.domain.InvoiceDraft;
import dev.opsuite.billing.drafts.domain.LineKind;
import dev.opsuite.billing.drafts.domain.Totals;
import dev.opsuite.billing.kernel.rest.MoneyResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of invoice drafts. */
final class InvoiceDraftDtos {

    private InvoiceDraftDtos() {
    }

    /** A line as finance sets it: priced (0.00 allowed, e.g. under warranty, once set on purpose). */
    record LineRequest(
            @NotNull LineKind kind,
            UUID sourceId,
            @NotBlank @Size(max = 200) String description,
            @Size(max = 64) String sku,
            @Size(max = 16) @Pattern(regexp = "STANDARD|OVERTIME|EMERGENCY") String rateClass,
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be positive")
            @DecimalMax("999999.999") @Digits(integer = 6, fraction = 3) BigDecimal quantity,
            @NotNull @DecimalMin("0") @DecimalMax("99999999.9999") @Digits(integer = 8, fraction = 4) BigDecimal unitPrice,
            @NotNull Boolean taxable) {

        DraftLine line() {
            return new DraftLine(kind, sourceId, description.strip(), sku, rateClass, quantity, unitPrice, taxable, true);
        }
    }

    /** The draft's (or finalized invoice's) new lines and tax rate (a fraction: 0.0825), and why. */
    record EditDraftRequest(
            @NotBlank @Size(max = 500) String reason,
            @NotNull @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) @Digits(integer = 1, fraction = 6)
            BigDecimal taxRate,
            @NotNull @Size(min = 1, max = 200) List<@Valid @NotNull LineRequest> lines) {

        List<DraftLine> draftLines() {
            return lines.stream().map(LineRequest::line).toList();
        }
    }

    record LineResponse(LineKind kind, UUID sourceId, String description, String sku, String rateClass,
            BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, boolean taxable, boolean needsPrice) {

        static LineResponse of(DraftLine l) {
            return new LineResponse(l.kind(), l.sourceId(), l.description(), l.sku(), l.rateClass(), l.quantity(),
                    l.unitPrice(), l.amount(), l.taxable(), l.needsPrice());
        }
    }

    record EditResponse(int invoiceVersion, String reason, String editedBy, Instant editedAt, BigDecimal totalBefore,
            BigDecimal totalAfter) {

        static EditResponse of(DraftEdit e) {
            return new EditResponse(e.invoiceVersion(), e.reason(), e.editedBy(), e.editedAt(), e.totalBefore(),
                    e.totalAfter());
        }
    }

    /** A draft, or the invoice finalized from it ({@code invoiceNumber}, {@code invoiceVersion} ≥ 1). */
    record InvoiceDraftResponse(UUID id, UUID jobId, UUID serviceCallId, UUID customerId, UUID technicianId,
            UUID estimateId, String completedBy, Instant completedAt, DraftStatus status, boolean needsPricing,
            List<LineResponse> lines, BigDecimal taxRate, MoneyResponse subtotal, MoneyResponse tax, MoneyResponse total,
            String preparedBy, Instant preparedAt, String invoiceNumber, int invoiceVersion, String finalizedBy,
            Instant finalizedAt, List<EditResponse> edits, Instant createdAt, long version) {

        static InvoiceDraftResponse of(InvoiceDraft d) {
            Totals t = d.totals();
            var job = d.job();
            return new InvoiceDraftResponse(d.id(), job.jobId(), job.serviceCallId(), job.customerId(), job.technicianId(),
                    job.estimateId(), job.completedBy(), job.completedAt(), d.status(), d.needsPricing(),
                    d.lines().stream().map(LineResponse::of).toList(), d.taxRate(),
                    new MoneyResponse(t.subtotal(), d.currency()), new MoneyResponse(t.tax(), d.currency()),
                    new MoneyResponse(t.total(), d.currency()), d.preparedBy(), d.preparedAt(), d.invoiceNumber(),
                    d.invoiceVersion(), d.finalizedBy(), d.finalizedAt(),
                    d.edits().stream().map(EditResponse::of).toList(), d.envelope().createdAt(), d.version());
        }
    }
}
