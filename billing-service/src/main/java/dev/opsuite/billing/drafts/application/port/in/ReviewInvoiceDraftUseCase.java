package dev.opsuite.billing.drafts.application.port.in;

import dev.opsuite.billing.drafts.domain.InvoiceDraft;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.Objects;
import java.util.UUID;

/**
 * Seed 002's review: one person prepares a draft, another finalizes it (numbered SVC-&lt;year&gt;-&lt;000001&gt;,
 * version 1, announced as job-invoice-finalized).
 */
public interface ReviewInvoiceDraftUseCase {

    /** {@code expectedVersion} is the version the caller saw (If-Match), or null. */
    record ReviewCommand(Actor actor, UUID draftId, Long expectedVersion) {

        public ReviewCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(draftId, "draftId");
        }
    }

    Uni<InvoiceDraft> prepare(ReviewCommand command);

    Uni<InvoiceDraft> finalizeDraft(ReviewCommand command);
}
