package dev.opsuite.field.estimates.application.port.out;

import dev.opsuite.field.estimates.domain.PriceBookItem;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The price book items of a tenant, by sku (unique per tenant). */
public interface PriceBookStore {

    Uni<Optional<PriceBookItem>> find(String tenantId, String sku);

    Uni<List<PriceBookItem>> all(String tenantId, Collection<String> skus);

    Uni<Page<PriceBookItem>> page(String tenantId, PageRequest page);

    Uni<PriceBookItem> add(PriceBookItem item);

    Uni<PriceBookItem> update(PriceBookItem item);
}
