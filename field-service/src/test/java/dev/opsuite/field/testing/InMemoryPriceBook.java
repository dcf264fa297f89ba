package dev.opsuite.field.testing;

import dev.opsuite.field.estimates.application.port.out.PriceBookStore;
import dev.opsuite.field.estimates.domain.PriceBookItem;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.testing.fakes.TenantRecords;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The price book in memory: a sku the tenant's book has is refused as the unique constraint refuses it. */
public final class InMemoryPriceBook implements PriceBookStore {

    private final TenantRecords<PriceBookItem> items = new TenantRecords<>(PriceBookItem::id, PriceBookItem::tenantId);

    @Override
    public Uni<Optional<PriceBookItem>> find(String tenantId, String sku) {
        return Uni.createFrom().item(items.of(tenantId).filter(i -> i.sku().equals(sku)).findFirst());
    }

    @Override
    public Uni<List<PriceBookItem>> all(String tenantId, Collection<String> skus) {
        return Uni.createFrom().item(items.of(tenantId).filter(i -> skus.contains(i.sku()))
                .sorted(Comparator.comparing(PriceBookItem::sku)).toList());
    }

    @Override
    public Uni<Page<PriceBookItem>> page(String tenantId, PageRequest page) {
        return Uni.createFrom().item(Page.slice(items.of(tenantId).sorted(Comparator.comparing(PriceBookItem::sku))
                .toList(), page));
    }

    @Override
    public Uni<PriceBookItem> add(PriceBookItem item) {
        if (items.of(item.tenantId()).anyMatch(i -> i.sku().equals(item.sku()))) {
            return Uni.createFrom().failure(Rejection.conflict("sku-taken", "sku",
                    "The price book already has an item with this sku.").toException());
        }
        return items.saved(item);
    }

    @Override
    public Uni<PriceBookItem> update(PriceBookItem item) {
        return items.saved(new PriceBookItem(item.envelope().withVersion(item.version() + 1), item.sku(), item.name(),
                item.productId(), item.taxable(), item.pricing(), item.markupPercent(), item.price()));
    }
}
