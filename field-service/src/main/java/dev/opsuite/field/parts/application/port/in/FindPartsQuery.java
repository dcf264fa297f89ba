package dev.opsuite.field.parts.application.port.in;

import dev.opsuite.field.parts.domain.PartReservation;
import dev.opsuite.field.parts.domain.PartReservationStatus;
import dev.opsuite.field.parts.domain.TruckStock;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

public interface FindPartsQuery {

    /** What a truck holds, by product (empty for a truck inventory has said nothing about). */
    Uni<List<TruckStock>> truckStock(String tenantId, UUID locationId);

    /**
     * What each product costs (inventory's weighted average cost): the unit cost of the newest report any truck of the
     * tenant holds for it. Products no truck has reported are left out.
     */
    Uni<Map<UUID, BigDecimal>> newestUnitCosts(String tenantId, Set<UUID> productIds);

    /** ownJobsOnly: the caller acts as a technician; another technician's job is not found. */
    Uni<List<PartReservation>> reservationsOfJob(Actor actor, UUID jobId, boolean ownJobsOnly);

    /** The parts manager's list; status optional. */
    Uni<Page<PartReservation>> reservations(String tenantId, PartReservationStatus status, PageRequest page);
}
