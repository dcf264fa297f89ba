package dev.opsuite.inventory.testing;

import dev.opsuite.inventory.stock.application.port.out.ReservationStore;
import dev.opsuite.inventory.stock.domain.Reservation;
import dev.opsuite.inventory.stock.domain.ReservationStatus;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reservations in memory: stored copies, fresh copies out, the version bumped on save. */
public final class InMemoryReservations implements ReservationStore {

    private final Map<UUID, Reservation> rows = new LinkedHashMap<>();

    @Override
    public Uni<Optional<Reservation>> find(String tenantId, UUID id) {
        return Uni.createFrom().item(Optional.ofNullable(rows.get(id)).filter(r -> r.tenantId().equals(tenantId))
                .map(r -> copy(r, r.version())));
    }

    @Override
    public Uni<Void> add(Reservation reservation) {
        rows.put(reservation.id(), copy(reservation, reservation.version()));
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Reservation> save(Reservation reservation) {
        Reservation saved = copy(reservation, reservation.version() + 1);
        rows.put(saved.id(), saved);
        return Uni.createFrom().item(copy(saved, saved.version()));
    }

    @Override
    public Uni<Page<Reservation>> search(String tenantId, UUID locationId, UUID productId, String referenceType,
            String referenceId, ReservationStatus status, PageRequest page) {
        List<Reservation> all = rows.values().stream().filter(r -> r.tenantId().equals(tenantId))
                .filter(r -> locationId == null || r.locationId().equals(locationId))
                .filter(r -> productId == null || r.productId().equals(productId))
                .filter(r -> referenceType == null || r.reference() != null && r.reference().type().equals(referenceType))
                .filter(r -> referenceId == null || r.reference() != null && r.reference().id().equals(referenceId))
                .filter(r -> status == null || r.status() == status)
                .map(r -> copy(r, r.version())).toList();
        return Pages.of(all, page);
    }

    private static Reservation copy(Reservation r, long version) {
        return new Reservation(Versions.at(r.envelope(), version), r.locationId(), r.productId(), r.quantity(), r.consumed(), r.released(), r.reference(), r.status());
    }
}
