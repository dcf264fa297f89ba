package dev.opsuite.inventory.stock.domain;

import dev.opsuite.support.domain.DomainEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Inventory's answer to field-service's request to hold a part for a job: held, or not and why. */
public sealed interface PartReservationAnswer extends DomainEvent {

    /** field-service's reservation the answer is for. */
    UUID requestId();

    /** Held: {@code reservation} is the stock reservation made for the request. */
    record Confirmed(String tenantId, UUID requestId, UUID jobId, Reservation reservation, Instant confirmedAt)
            implements PartReservationAnswer {
    }

    /** Not held; {@code available} is what the location had, when too little was the reason. */
    record Rejected(String tenantId, UUID requestId, UUID jobId, UUID productId, BigDecimal quantity, UUID locationId,
            Reason reason, BigDecimal available, String detail, Instant rejectedAt) implements PartReservationAnswer {
    }

    /** Why a request was not held. */
    enum Reason { INSUFFICIENT_STOCK, UNKNOWN_LOCATION, UNKNOWN_PRODUCT, INVALID }
}
