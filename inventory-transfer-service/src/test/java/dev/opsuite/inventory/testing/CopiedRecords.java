package dev.opsuite.inventory.testing;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.testing.fakes.TenantRecords;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * The records of a changeable aggregate, kept as the database keeps rows: a copy goes in, a fresh copy comes out
 * (a use case's change counts only once it is saved), and a save bumps the version. {@code withEnvelope} makes the
 * copies: the record's business with the given envelope.
 */
final class CopiedRecords<T extends Enveloped> {

    private final TenantRecords<T> rows = new TenantRecords<>(Enveloped::id, Enveloped::tenantId);
    private final BiFunction<T, Envelope, T> withEnvelope;

    CopiedRecords(BiFunction<T, Envelope, T> withEnvelope) {
        this.withEnvelope = withEnvelope;
    }

    Uni<Optional<T>> find(String tenantId, UUID id) {
        return rows.find(tenantId, id).map(found -> found.map(this::copy));
    }

    Uni<Map<UUID, T>> findAll(String tenantId, Collection<UUID> ids) {
        return rows.findAll(tenantId, ids).invoke(found -> found.replaceAll((id, r) -> copy(r)));
    }

    /** The tenant's records, as fresh copies, in the order they were first kept. */
    Stream<T> of(String tenantId) {
        return rows.of(tenantId).map(this::copy);
    }

    Uni<Void> add(T record) {
        rows.put(copy(record));
        return Uni.createFrom().voidItem();
    }

    Uni<T> save(T record) {
        return rows.saved(withEnvelope.apply(record, Versions.written(record.envelope()))).map(this::copy);
    }

    private T copy(T record) {
        return withEnvelope.apply(record, record.envelope());
    }
}
