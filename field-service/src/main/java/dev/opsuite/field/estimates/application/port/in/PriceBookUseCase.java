package dev.opsuite.field.estimates.application.port.in;

import dev.opsuite.field.estimates.domain.PartPrice;
import dev.opsuite.field.estimates.domain.PriceBookItem;
import dev.opsuite.field.estimates.domain.PriceBookItem.Terms;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/** The tenant's price book: what each sku is charged, and its price now. */
public interface PriceBookUseCase {

    record AddItemCommand(Actor actor, String sku, Terms terms) {
    }

    record ReviseItemCommand(Actor actor, String sku, Long expectedVersion, Terms terms) {
    }

    /** An item with what its product costs now (null when unknown) and its unit price (null when it cannot be priced). */
    record PricedItem(PriceBookItem item, BigDecimal cost, BigDecimal unitPrice) {

        public PartPrice asPartPrice() {
            return new PartPrice(item.sku(), item.name(), unitPrice, item.taxable());
        }
    }

    Uni<PricedItem> add(AddItemCommand command);

    Uni<PricedItem> revise(ReviseItemCommand command);

    Uni<PricedItem> item(String tenantId, String sku);

    Uni<Page<PricedItem>> items(String tenantId, PageRequest page);

    /** The item's unit price now: 422 {@code no-known-cost} naming {@code sku} when it is marked up over an unknown cost. */
    Uni<PricedItem> price(String tenantId, String sku);

    /** The skus of the book among {@code skus}, priced now (unit price null when it cannot be priced); absent ones left out. */
    Uni<Map<String, PricedItem>> priced(String tenantId, Collection<String> skus);
}
