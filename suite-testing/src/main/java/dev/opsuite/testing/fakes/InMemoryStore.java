package dev.opsuite.testing.fakes;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The part every in-memory fake of a store port shares: the tenant's records and {@code find} by id. A fake
 * extends it, implements its port, and writes only what the port says beyond that (its filters, its writes).
 */
public abstract class InMemoryStore<T> {

    protected final TenantRecords<T> records;

    protected InMemoryStore(Function<T, UUID> id, Function<T, String> tenant) {
        this.records = new TenantRecords<>(id, tenant);
    }

    /** The record, if the tenant has it: another tenant's is not found, as in the database. */
    public Uni<Optional<T>> find(String tenantId, UUID id) {
        return records.find(tenantId, id);
    }

    /** Every record stored, of every tenant, in the order they were first kept. */
    public List<T> all() {
        return List.copyOf(records.all());
    }
}
