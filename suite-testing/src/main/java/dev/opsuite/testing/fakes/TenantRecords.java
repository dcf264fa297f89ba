package dev.opsuite.testing.fakes;

import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The records of an in-memory store, by id, each seen only by its own tenant: what every fake of a store's
 * find, find-all, list and save does alike, written once. A fake adds what its port says beyond that (a filter,
 * a refusal the database's constraint would answer).
 */
public final class TenantRecords<T> {

    private final Map<UUID, T> records = new LinkedHashMap<>();
    private final Function<T, UUID> id;
    private final Function<T, String> tenant;

    public TenantRecords(Function<T, UUID> id, Function<T, String> tenant) {
        this.id = id;
        this.tenant = tenant;
    }

    /** Keeps {@code record} (a new one or a new state of one) and answers it. */
    public T put(T record) {
        records.put(id.apply(record), record);
        return record;
    }

    /** {@link #put}, answered as a store answers a write. */
    public Uni<T> saved(T record) {
        return Uni.createFrom().item(put(record));
    }

    /** {@link #put}, answered as a store answers a write that returns nothing. */
    public Uni<Void> added(T record) {
        put(record);
        return Uni.createFrom().voidItem();
    }

    public Optional<T> get(String tenantId, UUID recordId) {
        return Optional.ofNullable(records.get(recordId)).filter(r -> tenant.apply(r).equals(tenantId));
    }

    public Uni<Optional<T>> find(String tenantId, UUID recordId) {
        return Uni.createFrom().item(get(tenantId, recordId));
    }

    /** Those of {@code ids} the tenant has, by id. */
    public Uni<Map<UUID, T>> findAll(String tenantId, Collection<UUID> ids) {
        Map<UUID, T> found = new HashMap<>();
        ids.forEach(recordId -> get(tenantId, recordId).ifPresent(r -> found.put(recordId, r)));
        return Uni.createFrom().item(found);
    }

    /** The tenant's records, in the order they were first kept. */
    public Stream<T> of(String tenantId) {
        return records.values().stream().filter(r -> tenant.apply(r).equals(tenantId));
    }

    /** Every record of every tenant. */
    public Collection<T> all() {
        return records.values();
    }

    /** The requested page of the tenant's records that match, in the order they were first kept. */
    public Uni<Page<T>> page(String tenantId, Predicate<T> matching, PageRequest page) {
        return Uni.createFrom().item(Page.slice(of(tenantId).filter(matching).toList(), page));
    }

    /** The requested page of the tenant's records that match, in {@code order}. */
    public Uni<Page<T>> page(String tenantId, Predicate<T> matching, Comparator<T> order, PageRequest page) {
        List<T> found = of(tenantId).filter(matching).sorted(order).toList();
        return Uni.createFrom().item(Page.slice(found, page));
    }
}
