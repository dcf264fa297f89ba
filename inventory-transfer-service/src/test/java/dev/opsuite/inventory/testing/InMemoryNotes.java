package dev.opsuite.inventory.testing;

import dev.opsuite.inventory.transfers.application.port.in.FindTransferDispatchNotesQuery.Filter;
import dev.opsuite.inventory.transfers.application.port.out.TransferDispatchNoteStore;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote.State;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Transfer dispatch notes in memory: their states, handed out as fresh notes, the version bumped on save; a deleted
 * note is never found. No row lock: {@link #findForUpdate} is {@link #find}.
 */
public final class InMemoryNotes implements TransferDispatchNoteStore {

    private final Map<UUID, State> rows = new LinkedHashMap<>();

    /** The stored note, deleted or not (what a test looks at after a use case ran). */
    public TransferDispatchNote stored(UUID id) {
        return new TransferDispatchNote(rows.get(id));
    }

    @Override
    public Uni<Optional<TransferDispatchNote>> find(String tenantId, UUID id) {
        return Uni.createFrom().item(Optional.ofNullable(rows.get(id))
                .filter(s -> s.tenantId().equals(tenantId) && !s.deleted()).map(TransferDispatchNote::new));
    }

    @Override
    public Uni<Optional<TransferDispatchNote>> findForUpdate(String tenantId, UUID id) {
        return find(tenantId, id);
    }

    @Override
    public Uni<Page<TransferDispatchNote>> search(String tenantId, Filter filter, Collection<UUID> namedLocations,
            PageRequest page) {
        List<TransferDispatchNote> all = rows.values().stream()
                .filter(s -> s.tenantId().equals(tenantId) && !s.deleted())
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
        rows.put(note.id(), note.state());
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<TransferDispatchNote> save(TransferDispatchNote note) {
        State s = note.state();
        State saved = new State(Versions.written(s.envelope()), s.documentNumber(), s.status(), s.shipment(), s.costDetail(),
                s.receipts(), s.closingReason(), s.deletion());
        rows.put(saved.id(), saved);
        return Uni.createFrom().item(new TransferDispatchNote(saved));
    }
}
