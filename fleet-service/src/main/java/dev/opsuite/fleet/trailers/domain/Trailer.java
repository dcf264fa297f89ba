package dev.opsuite.fleet.trailers.domain;

import dev.opsuite.fleet.kernel.TrailerStatus;
import dev.opsuite.fleet.kernel.TrailerType;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A trailer or semi-trailer (seed 004). Its type is fixed when it is registered (a frigo does not
 * become a van); its registration number is unique within the business, compared trimmed and
 * upper-cased.
 */
public final class Trailer implements Enveloped {

    private Envelope envelope;
    private String registrationNumber;
    private final TrailerType type;
    private String make;
    private String model;
    private TrailerStatus status;

    public Trailer(Envelope envelope, String registrationNumber, TrailerType type, String make, String model,
            TrailerStatus status) {
        this.envelope = envelope;
        this.registrationNumber = registrationNumber;
        this.type = type;
        this.make = make;
        this.model = model;
        this.status = status;
    }

    /** A newly registered trailer, ACTIVE. */
    public static Result<Trailer> register(UUID id, String tenantId, String registrationNumber, TrailerType type,
            String make, String model, String by, Instant now) {
        if (registrationNumber == null || registrationNumber.isBlank()) {
            return Result.invalid("blank-registration-number", "registrationNumber", "A trailer needs a registration number.");
        }
        if (type == null) {
            return Result.invalid("trailer-type-required", "type", "A trailer has a type.");
        }
        return Result.accepted(new Trailer(Envelope.created(id, tenantId, by, now), normalize(registrationNumber), type,
                blankToNull(make), blankToNull(model), TrailerStatus.ACTIVE));
    }

    /** Re-registers or renames make and model; null leaves a field as it is. The type cannot change. */
    public Result<Trailer> update(String newRegistrationNumber, String newMake, String newModel, String by, Instant now) {
        if (newRegistrationNumber != null && newRegistrationNumber.isBlank()) {
            return Result.invalid("blank-registration-number", "registrationNumber", "A trailer needs a registration number.");
        }
        if (newRegistrationNumber != null) {
            registrationNumber = normalize(newRegistrationNumber);
        }
        if (newMake != null) {
            make = blankToNull(newMake);
        }
        if (newModel != null) {
            model = blankToNull(newModel);
        }
        envelope = envelope.touched(by, now);
        return Result.accepted(this);
    }

    /** Sets the availability; setting the same status again changes nothing and announces nothing. */
    public Result<Trailer> changeStatus(TrailerStatus newStatus, String by, Instant now) {
        if (newStatus == null) {
            return Result.invalid("status-required", "status", "Name the new status.");
        }
        TrailerStatus previous = status;
        if (newStatus == previous) {
            return Result.accepted(this);
        }
        status = newStatus;
        envelope = envelope.touched(by, now);
        return Result.accepted(this, new TrailerStatusChanged(tenantId(), id(), previous, newStatus, by, now));
    }

    static String normalize(String value) {
        return value.trim().toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Envelope envelope() { return envelope; }
    public String registrationNumber() { return registrationNumber; }
    public TrailerType type() { return type; }
    public String make() { return make; }
    public String model() { return model; }
    public TrailerStatus status() { return status; }
}
