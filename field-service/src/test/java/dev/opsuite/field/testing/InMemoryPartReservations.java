package dev.opsuite.field.testing;

import dev.opsuite.field.parts.application.port.out.PartReservationStore;
import dev.opsuite.field.parts.domain.PartReservation;
import dev.opsuite.field.parts.domain.PartReservationStatus;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.testing.fakes.InMemoryStore;
import io.smallrye.mutiny.Uni;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Part reservations in memory, listed as the repository lists them. */
public final class InMemoryPartReservations extends InMemoryStore<PartReservation> implements PartReservationStore {

    public InMemoryPartReservations() {
        super(PartReservation::id, PartReservation::tenantId);
    }

    @Override
    public Uni<Optional<PartReservation>> lock(String tenantId, UUID id) {
        return find(tenantId, id);
    }

    @Override
    public Uni<Void> add(PartReservation reservation) {
        return records.added(reservation);
    }

    @Override
    public Uni<Void> save(PartReservation reservation) {
        return records.saved(reservation).replaceWithVoid();
    }

    @Override
    public Uni<List<PartReservation>> ofJob(String tenantId, UUID jobId) {
        return Uni.createFrom().item(records.of(tenantId).filter(r -> r.jobId().equals(jobId))
                .sorted(Comparator.comparing(r -> r.envelope().createdAt())).toList());
    }

    @Override
    public Uni<Page<PartReservation>> search(String tenantId, PartReservationStatus status, PageRequest page) {
        return records.page(tenantId, r -> status == null || r.status() == status, page);
    }
}
