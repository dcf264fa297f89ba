package dev.opsuite.billing.ledger.infrastructure.persistence;

import dev.opsuite.billing.ledger.application.port.out.LedgerStore;
import dev.opsuite.billing.ledger.domain.ExportBatch;
import dev.opsuite.billing.ledger.domain.ExportEntry;
import dev.opsuite.billing.ledger.domain.InvoiceVersion;
import dev.opsuite.billing.ledger.domain.LedgerSettings;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.persistence.Envelopes;
import dev.opsuite.support.persistence.JsonList;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/** The ledger's three tables through the session: settings by tenant, batches, and the entries of each batch. */
@ApplicationScoped
class LedgerRepository implements LedgerStore {

    @Override
    public Uni<Optional<LedgerSettings>> settings(String tenantId) {
        return Panache.getSession().chain(s -> s.find(LedgerSettingsEntity.class, tenantId))
                .map(e -> Optional.ofNullable(e).map(LedgerRepository::toDomain));
    }

    @Override
    public Uni<Void> saveSettings(String tenantId, LedgerSettings settings, String by, Instant at) {
        return Panache.getSession().chain(s -> s.find(LedgerSettingsEntity.class, tenantId).chain(found -> {
            LedgerSettingsEntity e = found == null ? new LedgerSettingsEntity() : found;
            e.tenantId = tenantId;
            e.arAccount = settings.arAccount();
            e.laborIncomeAccount = settings.laborIncomeAccount();
            e.partIncomeAccount = settings.partIncomeAccount();
            e.salesTaxAccount = settings.salesTaxAccount();
            e.taxItem = settings.taxItem();
            e.taxVendor = settings.taxVendor();
            e.laborItem = settings.laborItem();
            e.partItem = settings.partItem();
            e.skuItems = JsonList.of(settings.skuItems());
            e.updatedBy = by;
            e.updatedAt = at;
            return (found == null ? s.persist(e) : Uni.createFrom().voidItem()).call(s::flush);
        }));
    }

    @Override
    public Uni<Map<UUID, InvoiceVersion>> lastExported(String tenantId) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "from ExportEntryEntity where tenantId = ?1", ExportEntryEntity.class)
                .setParameter(1, tenantId).getResultList())
                .map(rows -> rows.stream().map(e -> e.exported).collect(Collectors.toMap(InvoiceVersion::invoiceId,
                        v -> v, BinaryOperator.maxBy(Comparator.comparingInt(InvoiceVersion::version)))));
    }

    @Override
    public Uni<Void> add(ExportBatch batch) {
        ExportBatchEntity row = new ExportBatchEntity();
        row.id = batch.id();
        Envelopes.stamp(row, batch.envelope());
        row.file = batch.file();
        List<ExportEntryEntity> entries = batch.entries().stream().map(entry -> {
            ExportEntryEntity e = new ExportEntryEntity();
            e.batchId = batch.id();
            e.invoiceId = entry.exported().invoiceId();
            e.tenantId = batch.tenantId();
            e.invoiceNumber = entry.exported().invoiceNumber();
            e.invoiceVersion = entry.exported().version();
            e.kind = entry.kind();
            e.amount = entry.amount();
            e.exported = entry.exported();
            return e;
        }).toList();
        // Flushed here, so that a version another export took meanwhile is refused now (409), not at commit.
        return Panache.getSession().chain(s -> s.persist(row).call(s::flush)
                .call(() -> s.persistAll(entries.toArray())).call(s::flush));
    }

    @Override
    public Uni<Optional<ExportBatch>> find(String tenantId, UUID id) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "from ExportBatchEntity where id = ?1 and tenantId = ?2", ExportBatchEntity.class)
                .setParameter(1, id).setParameter(2, tenantId).getSingleResultOrNull())
                .chain(row -> row == null ? Uni.createFrom().item(Optional.<ExportBatch>empty())
                        : entries(List.of(row.id)).map(byBatch -> Optional.of(toDomain(row, byBatch))));
    }

    @Override
    public Uni<Page<ExportBatch>> list(String tenantId, PageRequest page) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "from ExportBatchEntity where tenantId = ?1 order by createdAt desc, id", ExportBatchEntity.class)
                .setParameter(1, tenantId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .chain(rows -> s.createSelectionQuery("select count(*) from ExportBatchEntity where tenantId = ?1",
                                Long.class).setParameter(1, tenantId).getSingleResult()
                        .chain(total -> entries(rows.stream().map(r -> r.id).toList()).map(byBatch -> Page.of(
                                rows.stream().map(r -> toDomain(r, byBatch)).toList(), page, total)))));
    }

    private Uni<Map<UUID, List<ExportEntryEntity>>> entries(List<UUID> batchIds) {
        if (batchIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "from ExportEntryEntity where batchId in ?1 order by invoiceNumber, invoiceVersion",
                        ExportEntryEntity.class)
                .setParameter(1, batchIds).getResultList())
                .map(rows -> rows.stream().collect(Collectors.groupingBy(e -> e.batchId)));
    }

    private static ExportBatch toDomain(ExportBatchEntity row, Map<UUID, List<ExportEntryEntity>> byBatch) {
        return new ExportBatch(Envelopes.of(row.id, row), byBatch.getOrDefault(row.id, List.of()).stream()
                .map(e -> new ExportEntry(e.exported, e.kind, e.amount)).toList(), row.file);
    }

    private static LedgerSettings toDomain(LedgerSettingsEntity e) {
        return new LedgerSettings(e.arAccount, e.laborIncomeAccount, e.partIncomeAccount, e.salesTaxAccount, e.taxItem,
                e.taxVendor, e.laborItem, e.partItem, e.skuItems.lines());
    }
}
