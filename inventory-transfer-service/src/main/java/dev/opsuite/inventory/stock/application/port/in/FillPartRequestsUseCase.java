package dev.opsuite.inventory.stock.application.port.in;

import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * field-service's part requests, arriving by event: hold a part for a job on a location and answer by event, book
 * parts fitted on a job (consume their reservation, or issue them from the truck), and release a reservation field
 * gives back. Each is applied once.
 */
public interface FillPartRequestsUseCase {

    /** field-service asks to hold {@code quantity} of a product on a location for a job. */
    record PartRequest(String tenantId, UUID requestId, UUID jobId, UUID productId, BigDecimal quantity, UUID locationId,
            String requestedBy) {
    }

    /** Parts fitted on a job: from field's reservation {@code requestId} when set, else from the truck {@code locationId}. */
    record PartsUse(String tenantId, UUID usageId, UUID jobId, UUID requestId, UUID productId, BigDecimal quantity,
            UUID locationId, String usedBy) {
    }

    /** field-service gave its reservation {@code requestId} back. */
    record PartRequestCancellation(String tenantId, UUID requestId, String cancelledBy) {
    }

    /**
     * Reserves under the stock row's lock and publishes the answer (confirmed, or rejected with why). A request
     * already held is not held twice.
     */
    Uni<Void> reserve(PartRequest request);

    /**
     * Moves the stock: consumes the reservation, or issues from the truck's available stock. A usage already booked
     * books nothing; one that cannot be booked (no such reservation, too little on the truck) is rejected.
     */
    Uni<Void> use(PartsUse use);

    /**
     * Releases what is still held for the request, and the stock level says so. Nothing when nothing is held (the
     * request was refused) or the hold has ended already (released, or used up).
     */
    Uni<Void> cancel(PartRequestCancellation cancellation);
}
