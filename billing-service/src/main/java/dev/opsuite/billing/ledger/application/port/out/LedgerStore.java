package dev.opsuite.billing.ledger.application.port.out;

import dev.opsuite.billing.ledger.domain.ExportBatch;
import dev.opsuite.billing.ledger.domain.InvoiceVersion;
import dev.opsuite.billing.ledger.domain.LedgerSettings;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The ledger's settings and export batches, per tenant. */
public interface LedgerStore {

    Uni<Optional<LedgerSettings>> settings(String tenantId);

    Uni<Void> saveSettings(String tenantId, LedgerSettings settings, String by, Instant at);

    /** Per invoice, the version exported last, as it was exported. */
    Uni<Map<UUID, InvoiceVersion>> lastExported(String tenantId);

    /** Writes the batch and its entries now; an invoice version exported already is a conflict (the database's). */
    Uni<Void> add(ExportBatch batch);

    Uni<Optional<ExportBatch>> find(String tenantId, UUID id);

    Uni<Page<ExportBatch>> list(String tenantId, PageRequest page);
}
