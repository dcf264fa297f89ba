package dev.opsuite.field.parts.domain;

import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What the parts capability tells inventory. */
public final class PartsEvents {

    /** A reservation was asked for: inventory is to hold it. */
    public record ReservationRequested(PartReservation reservation) implements DomainEvent {
        @Override
        public String tenantId() {
            return reservation.tenantId();
        }
    }

    /** A reservation was given back: inventory is to release what it still holds for it. */
    public record ReservationCancelled(PartReservation reservation) implements DomainEvent {
        @Override
        public String tenantId() {
            return reservation.tenantId();
        }
    }

    /** Parts were fitted on a job: from a reservation (reservationId) or straight from the truck (locationId). */
    public record PartsUsed(String tenantId, UUID usageId, UUID jobId, UUID reservationId, UUID productId,
            BigDecimal quantity, UUID locationId, String usedBy, Instant usedAt) implements DomainEvent {
    }

    /**
     * Parts fitted from the truck without a reservation. {@code available}: what inventory last said the truck has
     * free of the product (zero when it said nothing); more than that is refused here rather than by inventory later,
     * where the technician would not hear of it. Inventory still decides: two fittings of its last unit at once reach
     * it both, and the one it cannot issue goes to its dead-letter topic.
     */
    public static Result<PartsUsed> usedFromTruck(String tenantId, UUID usageId, UUID jobId, UUID productId,
            BigDecimal quantity, UUID truck, BigDecimal available, String by, Instant now) {
        Result<PartsUsed> wrong = PartReservation.checkQuantity(quantity);
        if (wrong != null) {
            return wrong;
        }
        if (quantity.compareTo(available) > 0) {
            return Result.wrongState("part-not-on-truck", "quantity", "Truck " + truck + " has "
                    + available.stripTrailingZeros().toPlainString() + " of product " + productId
                    + " available as inventory last reported; reserve it elsewhere or transfer it first.");
        }
        PartsUsed event = new PartsUsed(tenantId, usageId, jobId, null, productId, quantity, truck, by, now);
        return Result.accepted(event, event);
    }

    private PartsEvents() {
    }
}
