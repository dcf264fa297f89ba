package dev.opsuite.billing.drafts.application.port.out;

import dev.opsuite.billing.drafts.application.port.in.FindInvoiceDraftsQuery.DraftFilter;
import dev.opsuite.billing.drafts.domain.InvoiceDraft;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where invoice drafts are kept. Every method is scoped to one tenant. */
public interface InvoiceDraftStore {

    Uni<Optional<InvoiceDraft>> find(String tenantId, UUID id);

    /** As {@link #find}, holding a row lock until the transaction ends. */
    Uni<Optional<InvoiceDraft>> findForUpdate(String tenantId, UUID id);

    /** The draft made from the job, if there is one. */
    Uni<Optional<InvoiceDraft>> findByJob(String tenantId, UUID jobId);

    Uni<Page<InvoiceDraft>> list(String tenantId, DraftFilter filter, PageRequest page);

    Uni<List<InvoiceDraft>> finalized(String tenantId);

    Uni<Void> add(InvoiceDraft draft);

    /** Writes the change now and answers the draft at its new version. */
    Uni<InvoiceDraft> save(InvoiceDraft draft);
}
