package dev.opsuite.fleet.fines.domain;

import dev.opsuite.fleet.kernel.DrivingSource;
import dev.opsuite.fleet.kernel.Money;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
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
public final class Fine implements Enveloped {

    private Envelope envelope;
    private final Letter letter;
    private FineStatus status;
    private Attribution attribution;
    private Bookings bookings;

    /** A fine as stored: its envelope, its letter, and (once ATTRIBUTED) who is charged and what was booked for it. */
    public Fine(Envelope envelope, Letter letter, FineStatus status, Attribution attribution, Bookings bookings) {
        this.envelope = envelope;
        this.letter = letter;
        this.status = status;
        this.attribution = attribution;
        this.bookings = bookings;
    }

    /** What the letter says: the offense as issued against a vehicle, the amount, and the notice itself. */
    public record Letter(UUID vehicleId, Offense offense, BigDecimal amount, String currency, Notice notice) {

        public Instant committedAt() { return offense.at(); }
        public String location() { return offense.location(); }
        public String offenseName() { return offense.name(); }
        public String offenseDetails() { return offense.details(); }
        public String reference() { return notice.reference(); }
        public String issuingAuthority() { return notice.authority(); }
        public LocalDate receivedOn() { return notice.receivedOn(); }
    }

    /** The offense: when and where, what ("Speeding"), and the details the letter gives ("140 km/h in 120 zone"). */
    public record Offense(Instant at, String location, String name, String details) {
    }

    /** The notice: its reference, the authority that issued it, and the day it was received. */
    public record Notice(String reference, String authority, LocalDate receivedOn) {
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

    /** Who was charged, how, and by whom and when; none while the fine is PENDING_ATTRIBUTION. */
    public record Attribution(Charge charge, String by, Instant at) {

        /** The trip ticket the driver was found on, when the driving record had them from one. */
        static UUID tripTicketId(Attribution a) {
            return a != null && a.charge().source() == DrivingSource.TRIP_TICKET ? a.charge().sourceId() : null;
        }
    }

    /** What the fine booked: the vehicle's FINE expense at once, the driver's deduction and the order's cost once attributed. */
    public record Bookings(UUID vehicleExpenseId, UUID driverTransactionId, UUID orderCostId) {
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
        Letter issued = new Letter(l.vehicleId(), new Offense(l.committedAt(), l.location().strip(),
                l.offenseName().strip(), blankToNull(l.offenseDetails())), amount.value(), l.currency(),
                new Notice(l.reference().strip(), l.issuingAuthority().strip(), l.receivedOn()));
        return Result.accepted(new Fine(Envelope.created(id, tenantId, by, now), issued, FineStatus.PENDING_ATTRIBUTION,
                null, new Bookings(vehicleExpenseId, null, null)));
    }

    /** Charges the fine to a driver; only a pending fine is attributed (a second attribution is a conflict). */
    public Result<Fine> attribute(Charge c, String by, Instant now) {
        if (status != FineStatus.PENDING_ATTRIBUTION) {
            return Result.wrongState("fine-already-attributed", "Fine " + reference() + " is already attributed to a driver.");
        }
        if (c.driverId() == null) {
            return Result.invalid("driver-required", "driverId", "Name the driver.");
        }
        status = FineStatus.ATTRIBUTED;
        attribution = new Attribution(c, by, now);
        envelope = envelope.touched(by, now);
        return Result.accepted(this);
    }

    /** The fine as it is now, announced with the registration number people know its vehicle by. */
    public FineRecorded recorded(String registrationNumber) {
        return new FineRecorded(envelope, letter, status, bookings.vehicleExpenseId(), registrationNumber);
    }

    /** The attribution as it is now (with what was booked for it), announced with the driver's employee number. */
    public FineAttributed attributed(String employeeNumber) {
        return new FineAttributed(id(), tenantId(), letter, attribution, bookings, employeeNumber);
    }

    /** The driver's deduction and the order's cost booked for the attribution, in its transaction. */
    public void booked(UUID driverTransaction, UUID orderCost) {
        bookings = new Bookings(bookings.vehicleExpenseId(), driverTransaction, orderCost);
    }

    /** The day of the offense, as the fleet counts days (UTC): the day the vehicle's expense is dated. */
    public static LocalDate committedDay(Instant committedAt) {
        return LocalDate.ofInstant(committedAt, ZoneOffset.UTC);
    }

    /** The vehicle's history: "Fine: 500 CZK (Speeding)". */
    public String vehicleText() {
        return "Fine: " + Money.asWritten(amount()) + " " + currency() + " (" + offense() + ")";
    }

    /** The driver's history: "Fine: -500 CZK (Speeding, Order ORD-2025-0098)". */
    public String driverText() {
        return "Fine: " + Money.asWritten(amount().negate()) + " " + currency() + " (" + offense()
                + (orderReference() == null ? "" : ", Order " + orderReference()) + ")";
    }

    /** The order's history: "Fine expense: 500 CZK". */
    public String orderText() {
        return "Fine expense: " + Money.asWritten(amount()) + " " + currency();
    }

    /** The trip ticket the driver was found on, when the driving record had them from one. */
    public UUID tripTicketId() {
        return Attribution.tripTicketId(attribution);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Envelope envelope() { return envelope; }
    public Letter letter() { return letter; }
    public Bookings bookings() { return bookings; }
    public UUID vehicleId() { return letter.vehicleId(); }
    public Instant committedAt() { return letter.committedAt(); }
    public String location() { return letter.location(); }
    public String offense() { return letter.offenseName(); }
    public String offenseDetails() { return letter.offenseDetails(); }
    public BigDecimal amount() { return letter.amount(); }
    public String currency() { return letter.currency(); }
    public String reference() { return letter.reference(); }
    public String issuingAuthority() { return letter.issuingAuthority(); }
    public LocalDate receivedOn() { return letter.receivedOn(); }
    public FineStatus status() { return status; }
    public Attribution attributionDetails() { return attribution; }
    public UUID driverId() { return attribution == null ? null : attribution.charge().driverId(); }
    public FineAttribution attribution() { return attribution == null ? null : attribution.charge().attribution(); }
    public DrivingSource drivingSource() { return attribution == null ? null : attribution.charge().source(); }
    public UUID drivingSourceId() { return attribution == null ? null : attribution.charge().sourceId(); }
    public String drivingSourceNumber() { return attribution == null ? null : attribution.charge().sourceNumber(); }
    public String orderReference() { return attribution == null ? null : attribution.charge().orderReference(); }
    public String attributedBy() { return attribution == null ? null : attribution.by(); }
    public Instant attributedAt() { return attribution == null ? null : attribution.at(); }
    public UUID vehicleExpenseId() { return bookings.vehicleExpenseId(); }
    public UUID driverTransactionId() { return bookings.driverTransactionId(); }
    public UUID orderCostId() { return bookings.orderCostId(); }
}
