package dev.opsuite.fleet.vehicles.domain;

import dev.opsuite.fleet.kernel.OdometerPolicy;
import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.fleet.kernel.VehicleStatus;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A vehicle of the register (seed 004): a heavy truck (LKV) or a light vehicle (PKV). A light
 * vehicle always has an assignment mode; a heavy truck never has one (it is assigned through
 * transport units and orders). Its odometer only goes up ({@link OdometerPolicy}).
 */
public final class Vehicle implements Enveloped {

    private Envelope envelope;
    private final Particulars particulars;
    private long odometerKm;
    private Instant odometerReadAt;
    private final AssignmentMode assignmentMode;
    private VehicleStatus status;

    /** What names a vehicle in the register and never changes: its plates, kind, make, model and VIN. */
    public record Particulars(String registrationNumber, VehicleKind kind, String make, String model, String vin) {
    }

    public Vehicle(Envelope envelope, Particulars particulars, AssignmentMode assignmentMode, long odometerKm,
            Instant odometerReadAt, VehicleStatus status) {
        this.envelope = envelope;
        this.particulars = particulars;
        this.assignmentMode = assignmentMode;
        this.odometerKm = odometerKm;
        this.odometerReadAt = odometerReadAt;
        this.status = status;
    }

    /** What a new vehicle is registered with. */
    public record Registration(String registrationNumber, VehicleKind kind, String make, String model, String vin,
            long odometerKm, AssignmentMode assignmentMode) {
    }

    /** A newly registered vehicle, ACTIVE. */
    public static Result<Vehicle> register(UUID id, String tenantId, Registration r, String by, Instant now) {
        if (r.kind() == VehicleKind.PKV && r.assignmentMode() == null) {
            return Result.invalid("assignment-mode-required", "assignmentMode",
                    "A light vehicle (PKV) needs an assignment mode: ASSIGNED_TO_DRIVER, POOL or SPARE.");
        }
        if (r.kind() == VehicleKind.LKV && r.assignmentMode() != null) {
            return Result.invalid("assignment-mode-not-allowed", "assignmentMode",
                    "A heavy truck (LKV) has no assignment mode; it is assigned through orders.");
        }
        return OdometerPolicy.initial(r.odometerKm()).map(km -> new Vehicle(Envelope.created(id, tenantId, by, now),
                new Particulars(normalize(r.registrationNumber()), r.kind(), r.make().trim(), r.model().trim(),
                        r.vin() == null || r.vin().isBlank() ? null : normalize(r.vin())),
                r.assignmentMode(), km, null, VehicleStatus.ACTIVE));
    }

    /** Records a reading taken at {@code readAt}; refused when it is below the current mileage or not taken yet. */
    public Result<OdometerReading> recordOdometer(UUID readingId, long readingKm, Instant readAt, String by, Instant now) {
        if (readAt.isAfter(now)) {
            // A reading dated 9999 would be the vehicle's latest forever and skew its daily distance.
            return Result.invalid("read-in-future", "readAt", "A reading cannot be taken in the future.");
        }
        return OdometerPolicy.next(odometerKm, readingKm).map(km -> {
            odometerKm = km;
            odometerReadAt = readAt;
            envelope = envelope.touched(by, now);
            return new OdometerReading(readingId, tenantId(), id(), km, readAt, by, now);
        });
    }

    /**
     * Sets the availability by hand (any status to any other), with an optional reason; setting the same status
     * again changes nothing and announces nothing.
     */
    public Result<Vehicle> changeStatus(VehicleStatus newStatus, String reason, String by, Instant now) {
        if (newStatus == null) {
            return Result.invalid("status-required", "status", "Name the new status.");
        }
        if (newStatus == status) {
            return Result.accepted(this);
        }
        return Result.accepted(this, moveTo(newStatus, reason, by, now));
    }

    /**
     * Work on the vehicle starts (a service request is started): only an ACTIVE vehicle goes
     * IN_SERVICE. One already in service, in repair or out of service is refused.
     */
    public Result<Vehicle> enterService(String reason, String by, Instant now) {
        if (status != VehicleStatus.ACTIVE) {
            return Result.wrongState("vehicle-not-available", "vehicleId", "Vehicle " + registrationNumber() + " is "
                    + status + "; service work starts only on an ACTIVE vehicle.");
        }
        return Result.accepted(this, moveTo(VehicleStatus.IN_SERVICE, reason, by, now));
    }

    /**
     * Service work ended (completed or cancelled): an IN_SERVICE vehicle is ACTIVE again. A vehicle
     * that is no longer in service (put in repair or out of service meanwhile) keeps its status.
     */
    public Result<Vehicle> leaveService(String reason, String by, Instant now) {
        return status != VehicleStatus.IN_SERVICE ? Result.accepted(this)
                : Result.accepted(this, moveTo(VehicleStatus.ACTIVE, reason, by, now));
    }

    /**
     * An accident was reported: the vehicle goes IN_REPAIR. One already in repair stays; one OUT_OF_SERVICE
     * keeps that (it is not available either way).
     */
    public Result<Vehicle> enterRepair(String reason, String by, Instant now) {
        return status == VehicleStatus.IN_REPAIR || status == VehicleStatus.OUT_OF_SERVICE ? Result.accepted(this)
                : Result.accepted(this, moveTo(VehicleStatus.IN_REPAIR, reason, by, now));
    }

    /** The repair is done: a vehicle still IN_REPAIR is ACTIVE again; any other status stays. */
    public Result<Vehicle> leaveRepair(String reason, String by, Instant now) {
        return status != VehicleStatus.IN_REPAIR ? Result.accepted(this)
                : Result.accepted(this, moveTo(VehicleStatus.ACTIVE, reason, by, now));
    }

    private VehicleStatusChanged moveTo(VehicleStatus next, String reason, String by, Instant now) {
        VehicleStatus previous = status;
        status = next;
        envelope = envelope.touched(by, now);
        return new VehicleStatusChanged(tenantId(), id(), registrationNumber(), kind(), previous, next, reason, by, now);
    }

    /** Registration numbers and VINs compare without case or surrounding blanks. */
    static String normalize(String value) {
        return value.trim().toUpperCase(Locale.ROOT);
    }

    public Envelope envelope() { return envelope; }
    public Particulars particulars() { return particulars; }
    public String registrationNumber() { return particulars.registrationNumber(); }
    public VehicleKind kind() { return particulars.kind(); }
    public String make() { return particulars.make(); }
    public String model() { return particulars.model(); }
    public String vin() { return particulars.vin(); }
    public long odometerKm() { return odometerKm; }
    public Instant odometerReadAt() { return odometerReadAt; }
    public AssignmentMode assignmentMode() { return assignmentMode; }
    public VehicleStatus status() { return status; }
}
