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

    /** Parts fitted from the truck without a reservation. */
    public static Result<PartsUsed> usedFromTruck(String tenantId, UUID usageId, UUID jobId, UUID productId,
            BigDecimal quantity, UUID truck, String by, Instant now) {
        Result<PartsUsed> wrong = PartReservation.checkQuantity(quantity);
        if (wrong != null) {
            return wrong;
        }
        PartsUsed event = new PartsUsed(tenantId, usageId, jobId, null, productId, quantity, truck, by, now);
        return Result.accepted(event, event);
    }

    private PartsEvents() {
    }
}
