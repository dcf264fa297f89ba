package dev.opsuite.inventory.stock.domain;

import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Stock held at a location for a reference (a field-service job, a note): reserved stock is not
 * available to anyone else. It is consumed (in parts, if need be) or released.
 */
public final class Reservation {

    private final UUID id;
    private final String tenantId;
    private final UUID locationId;
    private final UUID productId;
    private final BigDecimal quantity;
    private BigDecimal consumed;
    private BigDecimal released;
    private final StockReference reference;
    private ReservationStatus status;
    private final String createdBy;
    private final Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;
    private final long version;

    @SuppressWarnings("java:S107")
    public Reservation(UUID id, String tenantId, UUID locationId, UUID productId, BigDecimal quantity, BigDecimal consumed,
            BigDecimal released, StockReference reference, ReservationStatus status, String createdBy, Instant createdAt,
            String updatedBy, Instant updatedAt, long version) {
        this.id = id;
        this.tenantId = tenantId;
        this.locationId = locationId;
        this.productId = productId;
        this.quantity = quantity;
        this.consumed = consumed;
        this.released = released;
        this.reference = reference;
        this.status = status;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    public static Result<Reservation> hold(UUID id, String tenantId, UUID locationId, UUID productId, BigDecimal quantity,
            StockReference reference, String by, Instant now) {
        if (quantity.signum() <= 0) {
            return Result.invalid("non-positive-quantity", "quantity", "A reservation holds a positive quantity.");
        }
        return Result.accepted(new Reservation(id, tenantId, locationId, productId, quantity, BigDecimal.ZERO,
                BigDecimal.ZERO, reference, ReservationStatus.ACTIVE, by, now, by, now, 0));
    }

    /** What is still held. */
    public BigDecimal remaining() {
        return quantity.subtract(consumed).subtract(released);
    }

    /** Uses up {@code amount} of what is held (all of it when null); the reservation ends when nothing remains. */
    public Result<BigDecimal> consume(BigDecimal amount, String by, Instant now) {
        if (status != ReservationStatus.ACTIVE) {
            return Result.wrongState("reservation-not-active", "Reservation " + id + " is " + status + ".");
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
            return Result.wrongState("reservation-not-active", "Reservation " + id + " is " + status + ".");
        }
        BigDecimal given = remaining();
        released = released.add(given);
        status = ReservationStatus.RELEASED;
        touch(by, now);
        return Result.accepted(given);
    }

    private void touch(String by, Instant now) {
        updatedBy = by;
        updatedAt = now;
    }

    public UUID id() { return id; }
    public String tenantId() { return tenantId; }
    public UUID locationId() { return locationId; }
    public UUID productId() { return productId; }
    public BigDecimal quantity() { return quantity; }
    public BigDecimal consumed() { return consumed; }
    public BigDecimal released() { return released; }
    public StockReference reference() { return reference; }
    public ReservationStatus status() { return status; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
