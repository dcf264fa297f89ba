package dev.opsuite.field.parts.application.port.out;

import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Who hears that a part a job may wait for has arrived: a job waiting on parts is released to "ready to schedule"
 * on either signal (field-service/docs/parts-on-the-truck.md). Called in the transaction that records the signal.
 */
public interface PartArrivals {

    /** Inventory holds the part of this reservation for {@code jobId} on {@code locationId}. */
    Uni<Void> reserved(String tenantId, UUID jobId, UUID reservationId, UUID productId, UUID locationId);

    /** Stock of {@code productId} was received into the truck (a transfer note's goods receipt); {@code available} now. */
    Uni<Void> received(String tenantId, UUID truck, UUID productId, BigDecimal available);
}
