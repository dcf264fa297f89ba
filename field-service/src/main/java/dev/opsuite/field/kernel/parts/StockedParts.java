package dev.opsuite.field.kernel.parts;

import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A stocked part fitted on a job, told to inventory in the transaction that records it on the job. Jobs asks; the
 * parts capability answers. It lives in the kernel because parts already depends on jobs: a port of jobs implemented
 * by parts would be a cycle between them, which the architecture rules refuse.
 */
public interface StockedParts {

    /** Where the part fitted came from: the inventory product and the location it left. */
    record Taken(UUID productId, UUID locationId) {
    }

    /**
     * With {@code reservationId}: the reservation is consumed (a CONFIRMED one of this job, whose product is
     * {@code partId} when given). Without: {@code partId} is issued from {@code truckLocationId}. {@code usageId} names
     * the usage on both sides, the job's record and inventory's, so nothing is counted twice. Refusals name the field
     * of the technician's request (partId, reservationId, quantity).
     */
    Uni<Taken> fitted(Actor actor, UUID jobId, UUID usageId, UUID partId, UUID reservationId, BigDecimal quantity,
            UUID truckLocationId);
}
