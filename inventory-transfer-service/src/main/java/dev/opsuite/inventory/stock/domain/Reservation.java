package dev.opsuite.inventory.stock.domain;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Stock held at a location for a reference (a field-service job, a note): reserved stock is not
 * available to anyone else. It is consumed (in parts, if need be) or released.
 */
public final class Reservation implements Enveloped {

    private Envelope envelope;
    private final UUID locationId;
    private final UUID productId;
    private final BigDecimal quantity;
    private BigDecimal consumed;
    private BigDecimal released;
    private final StockReference reference;
    private ReservationStatus status;

    public Reservation(Envelope envelope, UUID locationId, UUID productId, BigDecimal quantity, BigDecimal consumed,
            BigDecimal released, StockReference reference, ReservationStatus status) {
        this.envelope = envelope;
        this.locationId = locationId;
        this.productId = productId;
        this.quantity = quantity;
        this.consumed = consumed;
        this.released = released;
        this.reference = reference;
        this.status = status;
    }

    /** Holds {@code quantity} of a product at a location for {@code reference} (a job, an order). */
    public static Result<Reservation> hold(Envelope envelope, UUID locationId, UUID productId, BigDecimal quantity,
            StockReference reference) {
        if (quantity.signum() <= 0) {
            return Result.invalid("non-positive-quantity", "quantity", "A reservation holds a positive quantity.");
        }
        return Result.accepted(new Reservation(envelope, locationId, productId, quantity, BigDecimal.ZERO, BigDecimal.ZERO,
                reference, ReservationStatus.ACTIVE));
    }

    /** What is still held. */
    public BigDecimal remaining() {
        return quantity.subtract(consumed).subtract(released);
    }

    /** Uses up {@code amount} of what is held (all of it when null); the reservation ends when nothing remains. */
    public Result<BigDecimal> consume(BigDecimal amount, String by, Instant now) {
        if (status != ReservationStatus.ACTIVE) {
            return Result.wrongState("reservation-not-active", "Reservation " + id() + " is " + status + ".");
        }
        BigDecimal used = amount == null ? remaining() : amount;
        if (used.signum() <= 0) {
            return Result.invalid("non-positive-quantity", "quantity", "Consume a positive quantity.");
        }
        if (used.compareTo(remaining()) > 0) {
            return Result.wrongState("more-than-reserved", "quantity", "Only " + remaining().stripTrailingZeros().toPlainString()
                    + " is still reserved; " + used.stripTrailingZeros().toPlainString() + " cannot be consumed.");
        }
        consumed = consumed.add(used);
        if (remaining().signum() == 0) {
            status = ReservationStatus.CONSUMED;
        }
        touch(by, now);
        return Result.accepted(used);
    }

    /** Gives back everything still held. */
    public Result<BigDecimal> release(String by, Instant now) {
        if (status != ReservationStatus.ACTIVE) {
            return Result.wrongState("reservation-not-active", "Reservation " + id() + " is " + status + ".");
        }
        BigDecimal given = remaining();
        released = released.add(given);
        status = ReservationStatus.RELEASED;
        touch(by, now);
        return Result.accepted(given);
    }

    private void touch(String by, Instant now) {
        envelope = envelope.touched(by, now);
    }

    public Envelope envelope() { return envelope; }
    public UUID locationId() { return locationId; }
    public UUID productId() { return productId; }
    public BigDecimal quantity() { return quantity; }
    public BigDecimal consumed() { return consumed; }
    public BigDecimal released() { return released; }
    public StockReference reference() { return reference; }
    public ReservationStatus status() { return status; }
}
