package dev.opsuite.field.parts.application.port.in;

import dev.opsuite.field.parts.domain.PartReservation;
import dev.opsuite.field.parts.domain.PartReservationStatus;
import dev.opsuite.field.parts.domain.TruckStock;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

public interface FindPartsQuery {

    /** What a truck holds, by product (empty for a truck inventory has said nothing about). */
    Uni<List<TruckStock>> truckStock(String tenantId, UUID locationId);

    Uni<List<PartReservation>> reservationsOfJob(String tenantId, UUID jobId);

    /** The parts manager's list; status optional. */
    Uni<Page<PartReservation>> reservations(String tenantId, PartReservationStatus status, PageRequest page);
}
