package dev.opsuite.fleet.ledger.domain;

import dev.opsuite.fleet.kernel.Money;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;

/**
 * An entry of a driver's salary-relevant ledger (the seed's {@code driver_transactions}): a signed
 * amount (deductions negative) in one currency, falling into the pay period (year-month) of the day it
 * is booked in the payroll time zone. Written once by its source (a fine, an accident), never edited.
 */
public record DriverTransaction(Envelope envelope, Entry entry, YearMonth payPeriod, LocalDate bookedOn)
        implements Enveloped {

    static final int MAX_DESCRIPTION = 500;
    static final int MAX_ORDER_REFERENCE = 100;

    /** What a source books: the signed amount in the currency's minor unit, and which fine or accident it comes from. */
    public record Entry(UUID driverId, DriverTransactionKind kind, BigDecimal amount, String currency, String description,
            String orderReference, String sourceType, UUID sourceId) {
    }

    /** The entry as payroll hears of it: with the employee number and name of its driver. */
    public DriverTransactionRecorded recordedFor(String employeeNumber, String driverName) {
        return new DriverTransactionRecorded(this, employeeNumber, driverName);
    }

    /** Books {@code e} on the day {@code now} is in {@code payrollZone}; a deduction must be negative. */
    public static Result<DriverTransaction> book(UUID id, String tenantId, Entry e, ZoneId payrollZone, String by,
            Instant now) {
        if (e.driverId() == null) {
            return Result.invalid("driver-required", "driverId", "Name the driver.");
        }
        if (e.kind() == null) {
            return Result.invalid("kind-required", "kind", "Name the kind of the entry.");
        }
        Result<BigDecimal> amount = Money.inMinorUnit("amount", "currency", e.currency(), e.amount());
        if (!(amount instanceof Result.Accepted<BigDecimal> exact)) {
            return amount.map(a -> null);
        }
        if (exact.value().signum() == 0) {
            return Result.invalid("zero-amount", "amount", "A ledger entry moves money; 0 is not an entry.");
        }
        if (e.kind().deduction() && exact.value().signum() > 0) {
            return Result.invalid("deduction-not-negative", "amount",
                    e.kind() + " is recovered from the driver's pay: its amount is negative.");
        }
        Result<Source> source = Source.of(e.sourceType(), e.sourceId());
        if (!(source instanceof Result.Accepted<Source>)) {
            return source.map(s -> null);
        }
        if (blank(e.description()) || e.description().strip().length() > MAX_DESCRIPTION) {
            return Result.invalid("invalid-description", "description",
                    "A ledger entry says what it is, in 1 to " + MAX_DESCRIPTION + " characters.");
        }
        String order = blank(e.orderReference()) ? null : e.orderReference().strip();
        if (order != null && order.length() > MAX_ORDER_REFERENCE) {
            return Result.invalid("invalid-order-reference", "orderReference",
                    "An order reference has at most " + MAX_ORDER_REFERENCE + " characters.");
        }
        LocalDate day = LocalDate.ofInstant(now, payrollZone);
        return Result.accepted(new DriverTransaction(Envelope.created(id, tenantId, by, now), new Entry(e.driverId(),
                e.kind(), exact.value(), e.currency(), e.description().strip(), order, e.sourceType(), e.sourceId()),
                YearMonth.from(day), day));
    }










    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A source type and id, checked once for the ledger and order costs. */
    record Source(String type, UUID id) {

        static Result<Source> of(String type, UUID id) {
            if (type == null || !LedgerSource.KNOWN.contains(type)) {
                return Result.invalid("unknown-source-type", "sourceType", "sourceType is FINE or ACCIDENT.");
            }
            if (id == null) {
                return Result.invalid("source-required", "sourceId", "Name the fine or accident the entry comes from.");
            }
            return Result.accepted(new Source(type, id));
        }
    }
}
