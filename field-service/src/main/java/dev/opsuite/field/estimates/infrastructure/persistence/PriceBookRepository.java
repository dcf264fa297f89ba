package dev.opsuite.field.estimates.infrastructure.persistence;

import dev.opsuite.field.audit.application.port.in.AuditTrail;
import dev.opsuite.field.audit.domain.AuditEvent.Action;
import dev.opsuite.field.estimates.application.port.out.PriceBookStore;
import dev.opsuite.field.estimates.domain.PriceBookItem;
import dev.opsuite.support.paging.Criteria;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.persistence.Envelopes;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class PriceBookRepository implements PanacheRepositoryBase<PriceBookItemEntity, UUID>, PriceBookStore {

    private static final String RECORD_TYPE = "price-book-item";

    private final AuditTrail audit;

    PriceBookRepository(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public Uni<Optional<PriceBookItem>> find(String tenantId, String sku) {
        return find("tenantId = ?1 and sku = ?2", tenantId, sku).firstResult()
                .map(e -> Optional.ofNullable(e).map(PriceBookRepository::toDomain));
    }

    @Override
    public Uni<List<PriceBookItem>> all(String tenantId, Collection<String> skus) {
        if (skus.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("tenantId = ?1 and sku in ?2 order by sku", tenantId, List.copyOf(skus))
                .map(rows -> rows.stream().map(PriceBookRepository::toDomain).toList());
    }

    @Override
    public Uni<Page<PriceBookItem>> page(String tenantId, PageRequest page) {
        Criteria where = Criteria.forTenant(tenantId);
        var query = find(where.query() + page.orderClause(), where.parameters()).page(page.index(), page.size());
        return query.list().chain(rows -> query.count()
                .map(total -> Page.of(rows.stream().map(PriceBookRepository::toDomain).toList(), page, total)));
    }

    @Override
    public Uni<PriceBookItem> add(PriceBookItem item) {
        PriceBookItemEntity e = new PriceBookItemEntity();
        e.id = item.id();
        e.sku = item.sku();
        copy(item, e);
        // Flushed at once: a sku the book already has fails here, as its 409.
        return persist(e).call(this::flush)
                .call(() -> audit.record(RECORD_TYPE, item.envelope(), Action.CREATED, null, null))
                .map(PriceBookRepository::toDomain);
    }

    @Override
    public Uni<PriceBookItem> update(PriceBookItem item) {
        // Loaded in this session: copying onto it and flushing bumps the version (the new ETag).
        return findById(item.id()).invoke(e -> copy(item, e)).call(this::flush)
                .call(e -> audit.record(RECORD_TYPE, Envelopes.of(e.id, e), Action.CHANGED, null, null))
                .map(PriceBookRepository::toDomain);
    }

    private static void copy(PriceBookItem item, PriceBookItemEntity e) {
        Envelopes.stamp(e, item.envelope());
        e.name = item.name();
        e.productId = item.productId();
        e.taxable = item.taxable();
        e.pricing = item.pricing();
        e.markupPercent = item.markupPercent();
        e.price = item.price();
    }

    private static PriceBookItem toDomain(PriceBookItemEntity e) {
        return new PriceBookItem(Envelopes.of(e.id, e), e.sku, e.name, e.productId, e.taxable, e.pricing,
                e.markupPercent, e.price);
    }
}
