package dev.opsuite.inventory.testing;

import dev.opsuite.inventory.stock.application.port.out.ReservationStore;
import dev.opsuite.inventory.stock.domain.Reservation;
import dev.opsuite.inventory.stock.domain.ReservationStatus;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reservations in memory: stored copies, fresh copies out, the version bumped on save. */
public final class InMemoryReservations implements ReservationStore {

    private final CopiedRecords<Reservation> rows = new CopiedRecords<>((r, envelope) -> new Reservation(envelope,
            r.locationId(), r.productId(), r.quantity(), r.consumed(), r.released(), r.reference(), r.status()));

    @Override
    public Uni<Optional<Reservation>> find(String tenantId, UUID id) {
        return rows.find(tenantId, id);
    }

    @Override
    public Uni<Void> add(Reservation reservation) {
        return rows.add(reservation);
    }

    @Override
    public Uni<Reservation> save(Reservation reservation) {
        return rows.save(reservation);
    }

    @Override
    public Uni<Page<Reservation>> search(String tenantId, UUID locationId, UUID productId, String referenceType,
            String referenceId, ReservationStatus status, PageRequest page) {
        List<Reservation> all = rows.of(tenantId)
                .filter(r -> locationId == null || r.locationId().equals(locationId))
                .filter(r -> productId == null || r.productId().equals(productId))
                .filter(r -> referenceType == null || r.reference() != null && r.reference().type().equals(referenceType))
                .filter(r -> referenceId == null || r.reference() != null && r.reference().id().equals(referenceId))
                .filter(r -> status == null || r.status() == status)
                .toList();
        return Pages.of(all, page);
    }
}
