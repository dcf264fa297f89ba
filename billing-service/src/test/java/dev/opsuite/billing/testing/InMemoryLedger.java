package dev.opsuite.billing.testing;

import dev.opsuite.billing.ledger.application.port.out.LedgerStore;
import dev.opsuite.billing.ledger.domain.ExportBatch;
import dev.opsuite.billing.ledger.domain.ExportEntry;
import dev.opsuite.billing.ledger.domain.InvoiceVersion;
import dev.opsuite.billing.ledger.domain.LedgerSettings;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.testing.fakes.InMemoryStore;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The ledger's settings and batches in memory; an invoice version exported twice is refused, as the unique key does. */
public final class InMemoryLedger extends InMemoryStore<ExportBatch> implements LedgerStore {

    private final Map<String, LedgerSettings> settings = new HashMap<>();

    public InMemoryLedger() {
        super(ExportBatch::id, ExportBatch::tenantId);
    }

    @Override
    public Uni<Optional<LedgerSettings>> settings(String tenantId) {
        return Uni.createFrom().item(Optional.ofNullable(settings.get(tenantId)));
    }

    @Override
    public Uni<Void> saveSettings(String tenantId, LedgerSettings changed, String by, Instant at) {
        settings.put(tenantId, changed);
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Map<UUID, InvoiceVersion>> lastExported(String tenantId) {
        Map<UUID, InvoiceVersion> last = new HashMap<>();
        records.of(tenantId).flatMap(b -> b.entries().stream()).map(ExportEntry::exported)
                .forEach(v -> last.merge(v.invoiceId(), v, (a, b) -> a.version() >= b.version() ? a : b));
        return Uni.createFrom().item(last);
    }

    @Override
    public Uni<Void> add(ExportBatch batch) {
        boolean taken = records.of(batch.tenantId()).flatMap(b -> b.entries().stream()).anyMatch(e -> batch.entries()
                .stream().anyMatch(n -> n.exported().invoiceId().equals(e.exported().invoiceId())
                        && n.exported().version() == e.exported().version()));
        if (taken) {
            return Uni.createFrom().failure(Rejection.conflict("invoice-version-exported", "invoices", "taken").toException());
        }
        return records.added(batch);
    }

    @Override
    public Uni<Page<ExportBatch>> list(String tenantId, PageRequest page) {
        return records.page(tenantId, b -> true, page);
    }
}
