package dev.opsuite.inventory.transfers.application.port.out;

import dev.opsuite.inventory.transfers.domain.Discrepancy;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The record of what never arrived on notes closed short. */
public interface DiscrepancyStore {

    Uni<Void> record(String tenantId, UUID noteId, List<Discrepancy> discrepancies, String reason, String by, Instant at);

    Uni<List<Discrepancy>> ofNote(String tenantId, UUID noteId);
}
