package dev.opsuite.fleet.accidents.domain;

import dev.opsuite.fleet.kernel.Cost;
import dev.opsuite.fleet.kernel.Money;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An accident report (seed 004, scenario "Accident"): the vehicle, the driver who called, the order it
 * happened on, the damage and its estimate, the police report; then the insurance claim, and the repair
 * whose cost is split between insurer, company and driver when it is completed (SETTLED).
 */
public final class Accident implements Enveloped {

    static final int MAX_TEXT = 2000;
    static final int MAX_SHORT = 100;

    private Envelope envelope;
    private final String number;
    private final Circumstances circumstances;
    private Damage damage;
    private AccidentStatus status;
    private InsuranceClaim claim;
    private AccidentSettlement settlement;

    /** An accident as stored; the claim and the settlement are null until they are filed and made. */
    public Accident(Envelope envelope, String number, Circumstances circumstances, Damage damage, AccidentStatus status,
            InsuranceClaim claim, AccidentSettlement settlement) {
        this.envelope = envelope;
        this.number = number;
        this.circumstances = circumstances;
        this.damage = damage;
        this.status = status;
        this.claim = claim;
        this.settlement = settlement;
    }

    /** Who and what was in it, on which order, and when it happened: fixed once reported. */
    public record Circumstances(UUID vehicleId, UUID driverId, UUID trailerId, String orderReference, Instant occurredAt) {
    }

    /** Where it happened and what broke, the estimate (amount and currency, or neither) and the police report number. */
    public record Damage(String location, String description, BigDecimal estimateAmount, String estimateCurrency,
            String policeReportNumber) {
    }

    /** What the dispatcher writes down when the driver calls: the circumstances and the damage, as told. */
    public record Report(Circumstances circumstances, Damage damage) {

        public UUID vehicleId() { return circumstances.vehicleId(); }
        public UUID driverId() { return circumstances.driverId(); }
        public UUID trailerId() { return circumstances.trailerId(); }
        public Instant occurredAt() { return circumstances.occurredAt(); }
    }

    /** Changes of a report while it is open; null leaves a field as it is. */
    public record Amendment(String location, String damageDescription, BigDecimal estimateAmount, String estimateCurrency,
            String policeReportNumber) {
    }

    /** The completed repair: the body shop's invoice and who pays what of it. */
    public record RepairCompletion(Cost repairInvoice, String supplier, String invoiceReference, BigDecimal insurerShare,
            BigDecimal driverDeductible, LocalDate completedOn) {
    }

    public static Result<Accident> report(UUID id, String tenantId, String number, Report r, String by, Instant now) {
        if (r.occurredAt() == null) {
            return Result.invalid("occurred-at-required", "occurredAt", "Say when the accident happened.");
        }
        if (r.occurredAt().isAfter(now)) {
            return Result.invalid("occurred-in-future", "occurredAt", "An accident cannot be reported before it happens.");
        }
        Damage told = r.damage();
        Result<BigDecimal> estimate = estimate(told.estimateAmount(), told.estimateCurrency());
        if (!(estimate instanceof Result.Accepted<BigDecimal> e)) {
            return estimate.map(x -> null);
        }
        Circumstances c = r.circumstances();
        var circumstances = new Circumstances(c.vehicleId(), c.driverId(), c.trailerId(), strip(c.orderReference()),
                c.occurredAt());
        var damage = new Damage(told.location().strip(), told.description().strip(), e.value(),
                e.value() == null ? null : told.estimateCurrency(), strip(told.policeReportNumber()));
        return Result.accepted(new Accident(Envelope.created(id, tenantId, by, now), number, circumstances, damage,
                AccidentStatus.REPORTED, null, null));
    }

    /** The report is amended (the police report number arrives later, the estimate is revised) until it is settled. */
    public Result<Accident> amend(Amendment a, String by, Instant now) {
        if (status != AccidentStatus.REPORTED) {
            return Result.wrongState("accident-settled", "Accident " + number + " is SETTLED; its report is final.");
        }
        String currency = a.estimateCurrency() != null ? a.estimateCurrency() : damage.estimateCurrency();
        BigDecimal amount = a.estimateAmount() != null ? a.estimateAmount() : damage.estimateAmount();
        Result<BigDecimal> estimate = estimate(amount, currency);
        if (!(estimate instanceof Result.Accepted<BigDecimal> e)) {
            return estimate.map(x -> null);
        }
        damage = new Damage(a.location() != null ? a.location().strip() : damage.location(),
                a.damageDescription() != null ? a.damageDescription().strip() : damage.description(), e.value(),
                e.value() == null ? null : currency,
                a.policeReportNumber() != null ? strip(a.policeReportNumber()) : damage.policeReportNumber());
        touch(by, now);
        return Result.accepted(this);
    }

    /** The claim is filed with the insurer: PENDING. One claim per accident. */
    public Result<InsuranceClaim> fileClaim(String claimNumber, String insurer, String by, Instant now) {
        if (claim != null) {
            return Result.wrongState("claim-already-filed", "claimNumber",
                    "Accident " + number + " already has claim " + claim.claimNumber() + ".");
        }
        claim = new InsuranceClaim(claimNumber.strip(), insurer.strip(), ClaimStatus.PENDING, null, null, null, by, now);
        touch(by, now);
        return Result.accepted(claim, claimChanged(null));
    }

    /** The insurer approves {@code amount}: PENDING to APPROVED. */
    public Result<ClaimStatus> approveClaim(BigDecimal amount, String currency, String by, Instant now) {
        Result<ClaimStatus> from = claimIn(ClaimStatus.PENDING, "approved");
        if (!(from instanceof Result.Accepted<ClaimStatus>)) {
            return from;
        }
        Result<BigDecimal> exact = Money.inMinorUnit("approvedAmount", "currency", currency, amount);
        if (!(exact instanceof Result.Accepted<BigDecimal> e)) {
            return exact.map(x -> null);
        }
        if (e.value().signum() <= 0) {
            return Result.invalid("approved-amount-not-positive", "approvedAmount", "An approved claim pays a positive amount.");
        }
        claim = new InsuranceClaim(claim.claimNumber(), claim.insurer(), ClaimStatus.APPROVED, e.value(), currency, null, by, now);
        touch(by, now);
        return changedFrom(from);
    }

    /** The insurer refuses: PENDING to REJECTED, with the reason. */
    public Result<ClaimStatus> rejectClaim(String reason, String by, Instant now) {
        Result<ClaimStatus> from = claimIn(ClaimStatus.PENDING, "rejected");
        if (from instanceof Result.Accepted<ClaimStatus>) {
            claim = new InsuranceClaim(claim.claimNumber(), claim.insurer(), ClaimStatus.REJECTED, null, null, reason.strip(),
                    by, now);
            touch(by, now);
        }
        return changedFrom(from);
    }

    /** The insurer paid what it approved: APPROVED to PAID. */
    public Result<ClaimStatus> claimPaid(String by, Instant now) {
        Result<ClaimStatus> from = claimIn(ClaimStatus.APPROVED, "paid");
        if (from instanceof Result.Accepted<ClaimStatus>) {
            claim = new InsuranceClaim(claim.claimNumber(), claim.insurer(), ClaimStatus.PAID, claim.approvedAmount(),
                    claim.currency(), null, by, now);
            touch(by, now);
        }
        return changedFrom(from);
    }

    /** An accepted move of the claim is announced with the status it came from; a refusal stays as it is. */
    private Result<ClaimStatus> changedFrom(Result<ClaimStatus> from) {
        return from instanceof Result.Accepted<ClaimStatus> previous
                ? Result.accepted(previous.value(), claimChanged(previous.value())) : from;
    }

    private InsuranceClaimChanged claimChanged(ClaimStatus previous) {
        return new InsuranceClaimChanged(id(), tenantId(), number, claim, previous);
    }

    /** The accident as reported, announced with the registration number people know its vehicle by. */
    public AccidentReported reported(String registrationNumber) {
        return new AccidentReported(envelope, number, circumstances, damage, registrationNumber);
    }

    /** The settlement as booked: what the order and the driver were charged (null when nothing). */
    public AccidentCostsSettled costsSettled(UUID orderCostId, UUID driverTransactionId) {
        return new AccidentCostsSettled(id(), tenantId(), number, circumstances, settlement, orderCostId,
                driverTransactionId);
    }

    private Result<ClaimStatus> claimIn(ClaimStatus required, String action) {
        if (claim == null) {
            return Result.wrongState("no-claim", "Accident " + number + " has no insurance claim yet.");
        }
        if (claim.status() != required) {
            return Result.wrongState("claim-not-" + required.name().toLowerCase(java.util.Locale.ROOT),
                    "Claim " + claim.claimNumber() + " is " + claim.status() + "; only a " + required + " claim can be "
                            + action + ".");
        }
        return Result.accepted(claim.status());
    }

    /**
     * The repair is done: the cost is split ({@link AccidentSplit}) and the accident is SETTLED, once.
     * {@code completedOn} cannot be after {@code today} nor before the accident.
     */
    public Result<AccidentSplit> settle(RepairCompletion c, UUID expenseId, LocalDate today, String by, Instant now) {
        if (status == AccidentStatus.SETTLED) {
            return Result.wrongState("accident-settled", "Accident " + number + " is already SETTLED.");
        }
        if (c.completedOn().isAfter(today)) {
            return Result.invalid("completed-in-future", "completedOn", "A repair cannot be completed after today (" + today + ").");
        }
        Result<AccidentSplit> split = AccidentSplit.of(c.repairInvoice(), c.insurerShare(), c.driverDeductible());
        if (split instanceof Result.Accepted<AccidentSplit> s) {
            settlement = new AccidentSettlement(c.repairInvoice(), strip(c.supplier()), strip(c.invoiceReference()), s.value(),
                    c.completedOn(), expenseId, by, now);
            status = AccidentStatus.SETTLED;
            touch(by, now);
        }
        return split;
    }

    private void touch(String by, Instant now) {
        envelope = envelope.touched(by, now);
    }

    private static Result<BigDecimal> estimate(BigDecimal amount, String currency) {
        if (amount == null) {
            return Result.accepted(null);
        }
        if (amount.signum() < 0) {
            return Result.invalid("negative-amount", "damageEstimate.amount", "A damage estimate cannot be negative.");
        }
        return Money.inMinorUnit("damageEstimate.amount", "damageEstimate.currency", currency, amount);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Envelope envelope() { return envelope; }
    public String number() { return number; }
    public Circumstances circumstances() { return circumstances; }
    public Damage damage() { return damage; }
    public UUID vehicleId() { return circumstances.vehicleId(); }
    public UUID driverId() { return circumstances.driverId(); }
    public UUID trailerId() { return circumstances.trailerId(); }
    public String orderReference() { return circumstances.orderReference(); }
    public Instant occurredAt() { return circumstances.occurredAt(); }
    public String location() { return damage.location(); }
    public String damageDescription() { return damage.description(); }
    public BigDecimal estimateAmount() { return damage.estimateAmount(); }
    public String estimateCurrency() { return damage.estimateCurrency(); }
    public String policeReportNumber() { return damage.policeReportNumber(); }
    public AccidentStatus status() { return status; }
    public InsuranceClaim claim() { return claim; }
    public AccidentSettlement settlement() { return settlement; }
}
