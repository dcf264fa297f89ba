package dev.opsuite.fleet.service.domain;

import dev.opsuite.fleet.kernel.OdometerPolicy;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * When a vehicle needs its service: every {@code intervalKm} km and/or every {@code intervalMonths}
 * months since the last service under this rule, whichever comes first. A vehicle never serviced
 * under the rule counts from 0 km (seed 004, scenario 1: every 100,000 km, due at 100,000 km), and
 * from the day the rule was made. Completing a service request made for the rule starts it again
 * from the mileage and day of completion.
 */
public final class ServiceRule implements Enveloped {

    /** Ten times the seed's 100,000 km: no maker's interval is longer. */
    public static final long MAX_INTERVAL_KM = 1_000_000;
    /** Ten years: no inspection or service interval is longer. */
    public static final int MAX_INTERVAL_MONTHS = 120;

    private Envelope envelope;
    private final UUID vehicleId;
    private final String name;
    private final Long intervalKm;
    private final Integer intervalMonths;
    private long lastServiceKm;
    private LocalDate lastServiceOn;
    private boolean active;

    public ServiceRule(Envelope envelope, UUID vehicleId, String name, Long intervalKm, Integer intervalMonths,
            long lastServiceKm, LocalDate lastServiceOn, boolean active) {
        this.envelope = envelope;
        this.vehicleId = vehicleId;
        this.name = name;
        this.intervalKm = intervalKm;
        this.intervalMonths = intervalMonths;
        this.lastServiceKm = lastServiceKm;
        this.lastServiceOn = lastServiceOn;
        this.active = active;
    }

    /** What a rule is defined with; the last service (km, day) is optional. */
    public record Definition(UUID vehicleId, String name, Long intervalKm, Integer intervalMonths, Long lastServiceKm,
            LocalDate lastServiceOn) {
    }

    public static Result<ServiceRule> define(UUID id, String tenantId, Definition d, LocalDate today, String by, Instant now) {
        if (d.intervalKm() == null && d.intervalMonths() == null) {
            return Result.invalid("interval-required", "intervalKm", "Give intervalKm, intervalMonths or both.");
        }
        // Bounded so that the due mileage and day (last service + interval) are always a real mileage and date.
        if (d.intervalKm() != null && (d.intervalKm() <= 0 || d.intervalKm() > MAX_INTERVAL_KM)) {
            return Result.invalid("invalid-interval", "intervalKm", "intervalKm is from 1 to " + MAX_INTERVAL_KM + ".");
        }
        if (d.intervalMonths() != null && (d.intervalMonths() <= 0 || d.intervalMonths() > MAX_INTERVAL_MONTHS)) {
            return Result.invalid("invalid-interval", "intervalMonths", "intervalMonths is from 1 to " + MAX_INTERVAL_MONTHS + ".");
        }
        if (d.lastServiceKm() != null) {
            Result<Long> km = OdometerPolicy.initial(d.lastServiceKm());
            if (km instanceof Result.Rejected<Long> r) {
                return Result.invalid(r.code(), "lastServiceKm", r.detail());
            }
        }
        if (d.lastServiceOn() != null && d.lastServiceOn().isAfter(today)) {
            return Result.invalid("last-service-in-future", "lastServiceOn", "The last service cannot be after today (" + today + ").");
        }
        return Result.accepted(new ServiceRule(Envelope.created(id, tenantId, by, now), d.vehicleId(), d.name().strip(),
                d.intervalKm(), d.intervalMonths(), d.lastServiceKm() == null ? 0 : d.lastServiceKm(),
                d.lastServiceOn() == null ? today : d.lastServiceOn(), true));
    }

    /** The mileage the next service is due at, or null for a rule by months only. */
    public Long dueAtKm() {
        return intervalKm == null ? null : lastServiceKm + intervalKm;
    }

    /** The day the next service is due, or null for a rule by km only. */
    public LocalDate dueOn() {
        return intervalMonths == null ? null : lastServiceOn.plusMonths(intervalMonths);
    }

    /** A service under this rule was done at {@code km} on {@code on}: the next one counts from there. */
    public void serviced(long km, LocalDate on, String by, Instant now) {
        lastServiceKm = km;
        lastServiceOn = on;
        envelope = envelope.touched(by, now);
    }

    /** The rule no longer applies (the vehicle changed plan); it raises no more alerts. */
    public Result<ServiceRule> retire(String by, Instant now) {
        if (!active) {
            return Result.wrongState("service-rule-retired", "The service rule " + name + " is already retired.");
        }
        active = false;
        envelope = envelope.touched(by, now);
        return Result.accepted(this);
    }

    @Override
    public Envelope envelope() { return envelope; }
    public UUID vehicleId() { return vehicleId; }
    public String name() { return name; }
    public Long intervalKm() { return intervalKm; }
    public Integer intervalMonths() { return intervalMonths; }
    public long lastServiceKm() { return lastServiceKm; }
    public LocalDate lastServiceOn() { return lastServiceOn; }
    public boolean active() { return active; }
    public String createdBy() { return envelope.createdBy(); }
    public Instant createdAt() { return envelope.createdAt(); }
    public String updatedBy() { return envelope.updatedBy(); }
    public Instant updatedAt() { return envelope.updatedAt(); }
}
