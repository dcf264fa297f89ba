package dev.opsuite.inventory.testing;

import dev.opsuite.inventory.transfers.application.port.out.DiscrepancyStore;
import dev.opsuite.inventory.transfers.domain.Discrepancy;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What never arrived on notes closed short, in memory. */
public final class InMemoryDiscrepancies implements DiscrepancyStore {

    private final Map<String, List<Discrepancy>> byNote = new LinkedHashMap<>();

    @Override
    public Uni<Void> record(String tenantId, UUID noteId, List<Discrepancy> discrepancies, String reason, String by, Instant at) {
        byNote.computeIfAbsent(tenantId + "/" + noteId, k -> new ArrayList<>()).addAll(discrepancies);
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<List<Discrepancy>> ofNote(String tenantId, UUID noteId) {
        return Uni.createFrom().item(List.copyOf(byNote.getOrDefault(tenantId + "/" + noteId, List.of())));
    }
}
