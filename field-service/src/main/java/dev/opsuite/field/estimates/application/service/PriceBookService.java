package dev.opsuite.field.estimates.application.service;

import dev.opsuite.field.estimates.application.port.in.PriceBookUseCase;
import dev.opsuite.field.estimates.application.port.in.PricingSettingsUseCase;
import dev.opsuite.field.estimates.application.port.out.PriceBookStore;
import dev.opsuite.field.estimates.application.port.out.PricingSettingsStore;
import dev.opsuite.field.estimates.application.port.out.ProductCosts;
import dev.opsuite.field.estimates.domain.PriceBookItem;
import dev.opsuite.field.estimates.domain.PricingSettings;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
class PriceBookService implements PriceBookUseCase, PricingSettingsUseCase {

    private static final String WHAT = "price-book-item";

    private final PriceBookStore book;
    private final PricingSettingsStore settings;
    private final ProductCosts costs;
    private final Clock clock;

    PriceBookService(PriceBookStore book, PricingSettingsStore settings, ProductCosts costs, Clock clock) {
        this.book = book;
        this.settings = settings;
        this.costs = costs;
        this.clock = clock;
    }

    @Override
    @WithSession
    public Uni<PricingSettings> settings(String tenantId) {
        return settings.find(tenantId).map(found -> found.orElseThrow(Rejection.missing("pricing-settings", tenantId)));
    }

    @Override
    @WithSession
    public Uni<Optional<PricingSettings>> find(String tenantId) {
        return settings.find(tenantId);
    }

    @Override
    @WithTransaction
    public Uni<PricingSettings> setSettings(Actor actor, PricingSettings given) {
        return settings.save(actor.tenantId(), given, actor.userId(), clock.instant()).replaceWith(given);
    }

    @Override
    @WithTransaction
    public Uni<PricedItem> add(AddItemCommand command) {
        Actor actor = command.actor();
        return Uni.createFrom().item(() -> Rejection.orThrow(PriceBookItem.create(
                        Envelope.created(UUID.randomUUID(), actor.tenantId(), actor.userId(), clock.instant()),
                        command.sku(), command.terms())))
                .chain(book::add).chain(added -> withCosts(actor.tenantId(), List.of(added))).map(items -> items.get(0));
    }

    @Override
    @WithTransaction
    public Uni<PricedItem> revise(ReviseItemCommand command) {
        Actor actor = command.actor();
        return book.find(actor.tenantId(), command.sku())
                .map(found -> Rejection.current(found, WHAT, command.sku(), command.expectedVersion()))
                .map(item -> Rejection.orThrow(item.revise(command.terms(), actor.userId(), clock.instant())))
                .chain(book::update)
                .chain(revised -> withCosts(actor.tenantId(), List.of(revised))).map(items -> items.get(0));
    }

    @Override
    @WithSession
    public Uni<PricedItem> item(String tenantId, String sku) {
        return book.find(tenantId, sku).map(found -> found.orElseThrow(Rejection.missing(WHAT, sku)))
                .chain(item -> withCosts(tenantId, List.of(item))).map(items -> items.get(0));
    }

    @Override
    @WithSession
    public Uni<Page<PricedItem>> items(String tenantId, PageRequest request) {
        return book.page(tenantId, request).chain(page -> withCosts(tenantId, page.items())
                .map(items -> Page.of(items, request, page.total())));
    }

    @Override
    @WithSession
    public Uni<PricedItem> price(String tenantId, String sku) {
        return item(tenantId, sku).map(priced -> {
            if (priced.unitPrice() == null) {
                throw Rejection.unprocessable("no-known-cost", "sku", "Price book item " + sku
                        + " is priced by markup over the cost of its product, and no truck has reported that cost yet.")
                        .toException();
            }
            return priced;
        });
    }

    @Override
    @WithSession
    public Uni<Map<String, PricedItem>> priced(String tenantId, Collection<String> skus) {
        return book.all(tenantId, skus).chain(items -> withCosts(tenantId, items))
                .map(items -> items.stream().collect(Collectors.toMap(p -> p.item().sku(), Function.identity())));
    }

    /** The items with their costs now, in their order: one look at the costs for all of them. */
    private Uni<List<PricedItem>> withCosts(String tenantId, List<PriceBookItem> items) {
        var products = items.stream().map(PriceBookItem::productId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return costs.of(tenantId, products).map(known -> items.stream().map(item -> {
            Optional<BigDecimal> cost = Optional.ofNullable(item.productId()).map(known::get);
            return new PricedItem(item, cost.orElse(null), item.unitPrice(cost).orElse(null));
        }).toList());
    }
}
