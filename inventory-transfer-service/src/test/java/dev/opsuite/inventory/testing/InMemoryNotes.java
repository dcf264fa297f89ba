package dev.opsuite.inventory.testing;

import dev.opsuite.inventory.transfers.application.port.in.FindTransferDispatchNotesQuery.Filter;
import dev.opsuite.inventory.transfers.application.port.out.TransferDispatchNoteStore;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote.State;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.testing.fakes.TenantRecords;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Transfer dispatch notes in memory: their states, handed out as fresh notes, the version bumped on save; a deleted
 * note is never found. No row lock: {@link #findForUpdate} is {@link #find}.
 */
public final class InMemoryNotes implements TransferDispatchNoteStore {

    private final TenantRecords<State> rows = new TenantRecords<>(State::id, State::tenantId);

    /** The stored note, deleted or not (what a test looks at after a use case ran). */
    public TransferDispatchNote stored(UUID id) {
        return rows.all().stream().filter(s -> s.id().equals(id)).findFirst().map(TransferDispatchNote::new).orElseThrow();
    }

    @Override
    public Uni<Optional<TransferDispatchNote>> find(String tenantId, UUID id) {
        return rows.find(tenantId, id).map(found -> found.filter(s -> !s.deleted()).map(TransferDispatchNote::new));
    }

    @Override
    public Uni<Optional<TransferDispatchNote>> findForUpdate(String tenantId, UUID id) {
        return find(tenantId, id);
    }

    @Override
    public Uni<Page<TransferDispatchNote>> search(String tenantId, Filter filter, Collection<UUID> namedLocations,
            PageRequest page) {
        List<TransferDispatchNote> all = rows.of(tenantId)
                .filter(s -> !s.deleted())
                .filter(s -> filter.statuses().isEmpty() || filter.statuses().contains(s.status()))
                .map(TransferDispatchNote::new)
                .filter(n -> filter.originLocationId() == null || filter.originLocationId().equals(n.originLocationId()))
                .filter(n -> filter.destinationLocationId() == null
                        || filter.destinationLocationId().equals(n.destinationLocationId()))
                .filter(n -> filter.text() == null || InMemoryLocations.contains(n.documentNumber(), filter.text())
                        || namedLocations.contains(n.originLocationId()) || namedLocations.contains(n.destinationLocationId()))
                .toList();
        return Pages.of(all, page);
    }

    @Override
    public Uni<Void> add(TransferDispatchNote note) {
        rows.put(note.state());
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<TransferDispatchNote> save(TransferDispatchNote note) {
        State s = note.state();
        return rows.saved(new State(Versions.written(s.envelope()), s.documentNumber(), s.status(), s.shipment(),
                s.costDetail(), s.receipts(), s.closingReason(), s.deletion())).map(TransferDispatchNote::new);
    }
}
