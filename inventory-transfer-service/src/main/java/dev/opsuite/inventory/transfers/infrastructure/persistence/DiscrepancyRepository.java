package dev.opsuite.inventory.transfers.infrastructure.persistence;

import dev.opsuite.inventory.transfers.application.port.out.DiscrepancyStore;
import dev.opsuite.inventory.transfers.domain.Discrepancy;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class DiscrepancyRepository implements PanacheRepositoryBase<DiscrepancyEntity, UUID>, DiscrepancyStore {

    @Override
    public Uni<Void> record(String tenantId, UUID noteId, List<Discrepancy> discrepancies, String reason, String by, Instant at) {
        if (discrepancies.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Object[] rows = discrepancies.stream().map(d -> {
            DiscrepancyEntity e = new DiscrepancyEntity();
            e.id = UUID.randomUUID();
            e.tenantId = tenantId;
            e.transferDispatchNoteId = noteId;
            e.productId = d.productId();
            e.quantity = d.quantity();
            e.unitCost = d.unitCost();
            e.value = d.value();
            e.reason = reason;
            e.recordedBy = by;
            e.recordedAt = at;
            return e;
        }).toArray();
        return Panache.getSession().chain(session -> session.persistAll(rows)).chain(ignored -> flush());
    }

    @Override
    public Uni<List<Discrepancy>> ofNote(String tenantId, UUID noteId) {
        return list("tenantId = ?1 and transferDispatchNoteId = ?2 order by productId", tenantId, noteId)
                .map(rows -> rows.stream().map(e -> new Discrepancy(e.productId, e.quantity, e.unitCost, e.value)).toList());
    }
}
