package dev.opsuite.inventory.stock.application.port.out;

import dev.opsuite.inventory.stock.domain.Reservation;
import dev.opsuite.inventory.stock.domain.ReservationStatus;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Optional;
import java.util.UUID;

/** Where reservations are kept. Every method is scoped to one tenant. */
public interface ReservationStore {

    /** Empty when there is no such reservation in this tenant. */
    Uni<Optional<Reservation>> find(String tenantId, UUID id);

    Uni<Void> add(Reservation reservation);

    /** Writes the change now and answers the reservation at its new version. */
    Uni<Reservation> save(Reservation reservation);

    /** Filters are optional (null). */
    Uni<Page<Reservation>> search(String tenantId, UUID locationId, UUID productId, String referenceType,
            String referenceId, ReservationStatus status, PageRequest page);
}
