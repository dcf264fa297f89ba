package dev.opsuite.billing.drafts.application.port.in;

import dev.opsuite.billing.drafts.domain.DraftLine;
import dev.opsuite.billing.drafts.domain.InvoiceDraft;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Finance changes a draft's lines and tax rate, with a reason (its editor becomes its preparer), or corrects a
 * finalized invoice (its next version, announced as job-invoice-revised). Every edit is kept.
 */
public interface EditInvoiceDraftUseCase {

    record EditDraftCommand(Actor actor, UUID draftId, List<DraftLine> lines, BigDecimal taxRate, String reason,
            Long expectedVersion) {

        public EditDraftCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(draftId, "draftId");
            lines = List.copyOf(lines);
        }
    }

    Uni<InvoiceDraft> edit(EditDraftCommand command);
}
