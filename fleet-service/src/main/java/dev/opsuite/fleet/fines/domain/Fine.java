package dev.opsuite.fleet.fines.domain;

import dev.opsuite.fleet.kernel.DrivingSource;
import dev.opsuite.fleet.kernel.Money;

import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A fine letter about a vehicle (seed 004: "Fine letter arrives: VEH-0045, 2025-10-15 14:30, D1 km 45,
 * Speeding, 500 CZK"). Its amount is the vehicle's FINE expense from the day it is recorded. Whoever drove
 * the vehicle then is charged: found in the driving record at once, or named later by a manager while the
 * fine is PENDING_ATTRIBUTION. Once ATTRIBUTED it names the driver's deduction and, with an order, the
 * order's cost; it is not attributed twice.
 */
public final class Fine {

    private final UUID id;
    private final String tenantId;
    private final UUID vehicleId;
    private final Instant committedAt;
    private final String location;
    private final String offense;
    private final String offenseDetails;
    private final BigDecimal amount;
    private final String currency;
    private final String reference;
    private final String issuingAuthority;
    private final LocalDate receivedOn;
    private FineStatus status;
    private UUID driverId;
    private FineAttribution attribution;
    private DrivingSource drivingSource;
    private UUID drivingSourceId;
    private String drivingSourceNumber;
    private String orderReference;
    private String attributedBy;
    private Instant attributedAt;
    private final UUID vehicleExpenseId;
    private UUID driverTransactionId;
    private UUID orderCostId;
    private final String createdBy;
    private final Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;
    private final long version;

    /** Everything a fine carries, as stored. */
    public record State(UUID id, String tenantId, UUID vehicleId, Instant committedAt, String location, String offense,
            String offenseDetails, BigDecimal amount, String currency, String reference, String issuingAuthority,
            LocalDate receivedOn, FineStatus status, UUID driverId, FineAttribution attribution, DrivingSource drivingSource,
            UUID drivingSourceId, String drivingSourceNumber, String orderReference, String attributedBy,
            Instant attributedAt, UUID vehicleExpenseId, UUID driverTransactionId, UUID orderCostId, String createdBy,
            Instant createdAt, String updatedBy, Instant updatedAt, long version) {
    }

    public Fine(State s) {
        this.id = s.id();
        this.tenantId = s.tenantId();
        this.vehicleId = s.vehicleId();
        this.committedAt = s.committedAt();
        this.location = s.location();
        this.offense = s.offense();
        this.offenseDetails = s.offenseDetails();
        this.amount = s.amount();
        this.currency = s.currency();
        this.reference = s.reference();
        this.issuingAuthority = s.issuingAuthority();
        this.receivedOn = s.receivedOn();
        this.status = s.status();
        this.driverId = s.driverId();
        this.attribution = s.attribution();
        this.drivingSource = s.drivingSource();
        this.drivingSourceId = s.drivingSourceId();
        this.drivingSourceNumber = s.drivingSourceNumber();
        this.orderReference = s.orderReference();
        this.attributedBy = s.attributedBy();
        this.attributedAt = s.attributedAt();
        this.vehicleExpenseId = s.vehicleExpenseId();
        this.driverTransactionId = s.driverTransactionId();
        this.orderCostId = s.orderCostId();
        this.createdBy = s.createdBy();
        this.createdAt = s.createdAt();
        this.updatedBy = s.updatedBy();
        this.updatedAt = s.updatedAt();
        this.version = s.version();
    }

    /** What the letter says. */
    public record Letter(UUID vehicleId, Instant committedAt, String location, String offense, String offenseDetails,
            BigDecimal amount, String currency, String reference, String issuingAuthority, LocalDate receivedOn) {
    }

    /** Who is charged and why: the driver, where the driving record had them from (null when MANUAL), the order. */
    public record Charge(UUID driverId, FineAttribution attribution, DrivingSource source, UUID sourceId,
            String sourceNumber, String orderReference) {

        /** The driver the driving record names for the moment of the offense, from a trip ticket (or another source). */
        public static Charge fromDrivingRecord(UUID driverId, DrivingSource source, UUID sourceId, String sourceNumber,
                String orderReference) {
            return new Charge(driverId, FineAttribution.DRIVING_RECORD, source, sourceId, sourceNumber, orderReference);
        }

        public static Charge manual(UUID driverId, String orderReference) {
            return new Charge(driverId, FineAttribution.MANUAL, null, null, null,
                    orderReference == null || orderReference.isBlank() ? null : orderReference.strip());
        }
    }

    /** A letter recorded as PENDING_ATTRIBUTION; the amount is positive in the currency's minor unit, nothing is in the future. */
    public static Result<Fine> record(UUID id, String tenantId, Letter l, UUID vehicleExpenseId, String by, Instant now) {
        Result<BigDecimal> exact = Money.inMinorUnit("amount", "currency", l.currency(), l.amount());
        if (!(exact instanceof Result.Accepted<BigDecimal> amount)) {
            return exact.map(a -> null);
        }
        if (amount.value().signum() <= 0) {
            return Result.invalid("amount-not-positive", "amount", "A fine is a positive amount.");
        }
        if (l.committedAt().isAfter(now)) {
            return Result.invalid("committed-in-future", "committedAt", "The offense cannot be in the future.");
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (l.receivedOn().isAfter(today)) {
            return Result.invalid("received-in-future", "receivedOn", "receivedOn cannot be after today (" + today + ").");
        }
        if (l.receivedOn().isBefore(committedDay(l.committedAt()).minusDays(1))) {
            return Result.invalid("received-before-offense", "receivedOn", "A letter does not arrive before the offense.");
        }
        return Result.accepted(new Fine(new State(id, tenantId, l.vehicleId(), l.committedAt(), l.location().strip(),
                l.offense().strip(), blankToNull(l.offenseDetails()), amount.value(), l.currency(), l.reference().strip(),
                l.issuingAuthority().strip(), l.receivedOn(), FineStatus.PENDING_ATTRIBUTION, null, null, null, null, null,
                null, null, null, vehicleExpenseId, null, null, by, now, by, now, 0)));
    }

    /** Charges the fine to a driver; only a pending fine is attributed (a second attribution is a conflict). */
    public Result<Fine> attribute(Charge c, String by, Instant now) {
        if (status != FineStatus.PENDING_ATTRIBUTION) {
            return Result.wrongState("fine-already-attributed", "Fine " + reference + " is already attributed to a driver.");
        }
        if (c.driverId() == null) {
            return Result.invalid("driver-required", "driverId", "Name the driver.");
        }
        status = FineStatus.ATTRIBUTED;
        driverId = c.driverId();
        attribution = c.attribution();
        drivingSource = c.source();
        drivingSourceId = c.sourceId();
        drivingSourceNumber = c.sourceNumber();
        orderReference = c.orderReference();
        attributedBy = by;
        attributedAt = now;
        return touched(by, now);
    }

    /** The fine as it is now, announced with the registration number people know its vehicle by. */
    public FineRecorded recorded(String registrationNumber) {
        return new FineRecorded(this, registrationNumber);
    }

    /** The attribution as it is now (with what was booked for it), announced with the driver's employee number. */
    public FineAttributed attributed(String employeeNumber) {
        return new FineAttributed(this, employeeNumber);
    }

    /** The driver's deduction and the order's cost booked for the attribution, in its transaction. */
    public void booked(UUID driverTransaction, UUID orderCost) {
        driverTransactionId = driverTransaction;
        orderCostId = orderCost;
    }

    /** The day of the offense, as the fleet counts days (UTC): the day the vehicle's expense is dated. */
    public static LocalDate committedDay(Instant committedAt) {
        return LocalDate.ofInstant(committedAt, ZoneOffset.UTC);
    }

    /** The vehicle's history: "Fine: 500 CZK (Speeding)". */
    public String vehicleText() {
        return "Fine: " + Money.asWritten(amount) + " " + currency + " (" + offense + ")";
    }

    /** The driver's history: "Fine: -500 CZK (Speeding, Order ORD-2025-0098)". */
    public String driverText() {
        return "Fine: " + Money.asWritten(amount.negate()) + " " + currency + " (" + offense
                + (orderReference == null ? "" : ", Order " + orderReference) + ")";
    }

    /** The order's history: "Fine expense: 500 CZK". */
    public String orderText() {
        return "Fine expense: " + Money.asWritten(amount) + " " + currency;
    }

    /** The trip ticket the driver was found on, when the driving record had them from one. */
    public UUID tripTicketId() {
        return drivingSource == DrivingSource.TRIP_TICKET ? drivingSourceId : null;
    }

    private Result<Fine> touched(String by, Instant now) {
        updatedBy = by;
        updatedAt = now;
        return Result.accepted(this);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public UUID id() { return id; }
    public String tenantId() { return tenantId; }
    public UUID vehicleId() { return vehicleId; }
    public Instant committedAt() { return committedAt; }
    public String location() { return location; }
    public String offense() { return offense; }
    public String offenseDetails() { return offenseDetails; }
    public BigDecimal amount() { return amount; }
    public String currency() { return currency; }
    public String reference() { return reference; }
    public String issuingAuthority() { return issuingAuthority; }
    public LocalDate receivedOn() { return receivedOn; }
    public FineStatus status() { return status; }
    public UUID driverId() { return driverId; }
    public FineAttribution attribution() { return attribution; }
    public DrivingSource drivingSource() { return drivingSource; }
    public UUID drivingSourceId() { return drivingSourceId; }
    public String drivingSourceNumber() { return drivingSourceNumber; }
    public String orderReference() { return orderReference; }
    public String attributedBy() { return attributedBy; }
    public Instant attributedAt() { return attributedAt; }
    public UUID vehicleExpenseId() { return vehicleExpenseId; }
    public UUID driverTransactionId() { return driverTransactionId; }
    public UUID orderCostId() { return orderCostId; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
