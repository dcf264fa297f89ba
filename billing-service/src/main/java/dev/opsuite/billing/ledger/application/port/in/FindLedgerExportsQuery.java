package dev.opsuite.billing.ledger.application.port.in;

import dev.opsuite.billing.ledger.domain.ExportBatch;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** The export batches of a tenant, newest first, and each one's file. */
public interface FindLedgerExportsQuery {

    Uni<ExportBatch> batch(String tenantId, UUID id);

    Uni<Page<ExportBatch>> batches(String tenantId, PageRequest page);
}
