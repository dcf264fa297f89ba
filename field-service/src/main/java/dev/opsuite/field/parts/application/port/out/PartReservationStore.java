package dev.opsuite.field.parts.application.port.out;

import dev.opsuite.field.parts.domain.PartReservation;
import dev.opsuite.field.parts.domain.PartReservationStatus;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Part reservations; every method is scoped to one tenant. */
public interface PartReservationStore {

    Uni<Optional<PartReservation>> find(String tenantId, UUID id);

    /** As find, holding the row's lock until the transaction ends: two uses of one reservation take turns. */
    Uni<Optional<PartReservation>> lock(String tenantId, UUID id);

    Uni<Void> add(PartReservation reservation);

    /** Writes the change now (optimistic: a concurrent change of the same reservation fails here). */
    Uni<Void> save(PartReservation reservation);

    /** Oldest first. */
    Uni<List<PartReservation>> ofJob(String tenantId, UUID jobId);

    Uni<Page<PartReservation>> search(String tenantId, PartReservationStatus status, PageRequest page);
}
