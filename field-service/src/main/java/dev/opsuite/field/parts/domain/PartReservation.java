package dev.opsuite.field.parts.domain;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A claim on a part for a job (seed 002). Inventory owns the stock: the claim travels there as a request and is
 * held or refused there; this is field's view of it. Confirmed parts are used on the job, in parts if need be.
 */
public final class PartReservation implements Enveloped {

    /** Quantities are numeric(15,3), as in inventory. */
    public static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999999.999");

    private Envelope envelope;
    private final UUID jobId;
    private final UUID technicianId;
    private final UUID productId;
    private final BigDecimal quantity;
    private final UUID locationId;
    private PartReservationStatus status;
    private BigDecimal used;
    private UUID stockReservationId;
    private String rejectionReason;
    private BigDecimal available;
    private String detail;
    private Instant answeredAt;
    private Cancellation cancellation;

    /** Why, by whom and when a reservation was given back. */
    public record Cancellation(String reason, String by, Instant at) {
    }

    @SuppressWarnings("java:S107")
    public PartReservation(Envelope envelope, UUID jobId, UUID technicianId, UUID productId, BigDecimal quantity,
            UUID locationId, PartReservationStatus status, BigDecimal used, UUID stockReservationId, String rejectionReason,
            BigDecimal available, String detail, Instant answeredAt, Cancellation cancellation) {
        this.envelope = envelope;
        this.jobId = jobId;
        this.technicianId = technicianId;
        this.productId = productId;
        this.quantity = quantity;
        this.locationId = locationId;
        this.status = status;
        this.used = used;
        this.stockReservationId = stockReservationId;
        this.rejectionReason = rejectionReason;
        this.available = available;
        this.detail = detail;
        this.answeredAt = answeredAt;
        this.cancellation = cancellation;
    }

    /** Asks inventory to hold {@code quantity} of a product on a location (a truck, a warehouse) for a job. */
    public static Result<PartReservation> request(Envelope envelope, UUID jobId, UUID technicianId, UUID productId,
            BigDecimal quantity, UUID locationId) {
        Result<PartReservation> wrong = checkQuantity(quantity);
        if (wrong != null) {
            return wrong;
        }
        PartReservation r = new PartReservation(envelope, jobId, technicianId, productId, quantity, locationId,
                PartReservationStatus.REQUESTED, BigDecimal.ZERO, null, null, null, null, null, null);
        return Result.accepted(r, new PartsEvents.ReservationRequested(r));
    }

    static <T> Result<T> checkQuantity(BigDecimal quantity) {
        if (quantity.signum() <= 0) {
            return Result.invalid("non-positive-quantity", "quantity", "A quantity of parts is positive.");
        }
        if (quantity.scale() > 3 || quantity.compareTo(MAX_QUANTITY) > 0) {
            return Result.invalid("quantity-out-of-range", "quantity", "At most 3 decimals and " + MAX_QUANTITY.toPlainString() + ".");
        }
        return null;
    }

    /**
     * Inventory holds it. An answer for a reservation answered already, or cancelled since (inventory releases the hold
     * when it reads the cancellation, which follows the request), changes nothing (false).
     */
    public boolean confirm(UUID stockReservation, Instant at) {
        if (status != PartReservationStatus.REQUESTED) {
            return false;
        }
        status = PartReservationStatus.CONFIRMED;
        stockReservationId = stockReservation;
        answeredAt = at;
        envelope = envelope.touched("inventory", at);
        return true;
    }

    /** Inventory refused it: why, and what was available. An answer for one answered already changes nothing (false). */
    public boolean reject(String reason, BigDecimal availableThen, String why, Instant at) {
        if (status != PartReservationStatus.REQUESTED) {
            return false;
        }
        status = PartReservationStatus.REJECTED;
        rejectionReason = reason;
        available = availableThen;
        detail = why;
        answeredAt = at;
        envelope = envelope.touched("inventory", at);
        return true;
    }

    /**
     * Gives the reservation back: asked or held, inventory releases what it still holds (parts used from it stay used).
     * One refused, used up or cancelled already has nothing to give back.
     */
    public Result<PartsEvents.ReservationCancelled> cancel(String reason, String by, Instant at) {
        if (!givesBack()) {
            return Result.wrongState("reservation-not-cancellable", "reservationId",
                    "Reservation " + id() + " is " + status + "; only a requested or confirmed one can be cancelled.");
        }
        PartsEvents.ReservationCancelled event = giveBack(reason, by, at);
        return Result.accepted(event, event);
    }

    /**
     * Its job was cancelled: asked or held, it is given back as {@link #cancel} does. One refused, used up or cancelled
     * already is left as it is (empty), so a cancellation heard twice changes nothing.
     */
    public Optional<PartsEvents.ReservationCancelled> jobCancelled(String jobReason, String by, Instant at) {
        return givesBack() ? Optional.of(giveBack("Job cancelled: " + jobReason.strip(), by, at)) : Optional.empty();
    }

    /** Asked or held: something inventory may still hold for it (a partly used one holds the rest). */
    private boolean givesBack() {
        return status == PartReservationStatus.REQUESTED || status == PartReservationStatus.CONFIRMED;
    }

    private PartsEvents.ReservationCancelled giveBack(String reason, String by, Instant at) {
        status = PartReservationStatus.CANCELLED;
        cancellation = new Cancellation(reason.strip(), by, at);
        envelope = envelope.touched(by, at);
        return new PartsEvents.ReservationCancelled(this);
    }

    /** Parts fitted from this reservation: only a confirmed one, for its own job, and no more than it still holds. */
    public Result<PartsEvents.PartsUsed> use(UUID usageId, UUID job, BigDecimal amount, String by, Instant now) {
        if (!jobId.equals(job)) {
            return Result.wrongState("reservation-of-another-job", "reservationId",
                    "Reservation " + id() + " is for job " + jobId + ".");
        }
        if (status != PartReservationStatus.CONFIRMED) {
            return Result.wrongState("reservation-not-confirmed", "reservationId",
                    "Reservation " + id() + " is " + status + "; only a confirmed one can be used.");
        }
        Result<PartsEvents.PartsUsed> wrong = checkQuantity(amount);
        if (wrong != null) {
            return wrong;
        }
        if (amount.compareTo(remaining()) > 0) {
            return Result.wrongState("more-than-reserved", "quantity", "Only " + remaining().stripTrailingZeros()
                    .toPlainString() + " is still reserved.");
        }
        used = used.add(amount);
        if (remaining().signum() == 0) {
            status = PartReservationStatus.USED;
        }
        envelope = envelope.touched(by, now);
        PartsEvents.PartsUsed event = new PartsEvents.PartsUsed(tenantId(), usageId, jobId, id(), productId, amount,
                locationId, by, now);
        return Result.accepted(event, event);
    }

    public BigDecimal remaining() {
        return quantity.subtract(used);
    }

    public Envelope envelope() { return envelope; }
    public UUID jobId() { return jobId; }
    public UUID technicianId() { return technicianId; }
    public UUID productId() { return productId; }
    public BigDecimal quantity() { return quantity; }
    public UUID locationId() { return locationId; }
    public PartReservationStatus status() { return status; }
    public BigDecimal used() { return used; }
    public UUID stockReservationId() { return stockReservationId; }
    public String rejectionReason() { return rejectionReason; }
    public BigDecimal available() { return available; }
    public String detail() { return detail; }
    public Instant answeredAt() { return answeredAt; }
    public Cancellation cancellation() { return cancellation; }
}
