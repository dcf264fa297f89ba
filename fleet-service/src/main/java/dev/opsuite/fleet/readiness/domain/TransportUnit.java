package dev.opsuite.fleet.readiness.domain;

import dev.opsuite.fleet.kernel.VehicleKind;

import dev.opsuite.support.domain.Result;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A transport unit (seed 004): a driver, a heavy truck and a trailer that go on orders together.
 * A light vehicle (PKV) is never part of one. A driver, vehicle or trailer is in at most one ACTIVE
 * unit at a time (the database keeps that, also for requests that race). The unit keeps its
 * readiness for orders as last assessed ({@link ReadinessPolicy}), with the reasons against it.
 */
public final class TransportUnit {

    private final UUID id;
    private final String tenantId;
    private UUID driverId;
    private UUID vehicleId;
    private UUID trailerId;
    private TransportUnitStatus status;
    private Readiness readiness;
    private Instant readinessChangedAt;
    private final String createdBy;
    private final Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;
    private final long version;

    @SuppressWarnings("java:S107") // a rehydrated aggregate has this many fields
    public TransportUnit(UUID id, String tenantId, UUID driverId, UUID vehicleId, UUID trailerId,
            TransportUnitStatus status, Readiness readiness, Instant readinessChangedAt, String createdBy,
            Instant createdAt, String updatedBy, Instant updatedAt, long version) {
        this.id = id;
        this.tenantId = tenantId;
        this.driverId = driverId;
        this.vehicleId = vehicleId;
        this.trailerId = trailerId;
        this.status = status;
        this.readiness = readiness;
        this.readinessChangedAt = readinessChangedAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** A new ACTIVE unit of these members, with their readiness as assessed now. */
    public static Result<TransportUnit> form(UUID id, String tenantId, UnitDriver driver, UnitVehicle vehicle, UnitTrailer trailer,
            Readiness readiness, String by, Instant now) {
        if (vehicle.kind() != VehicleKind.LKV) {
            return heavyTruckOnly();
        }
        return Result.accepted(new TransportUnit(id, tenantId, driver.id(), vehicle.id(), trailer.id(),
                TransportUnitStatus.ACTIVE, readiness, now, by, now, by, now, 0));
    }

    /** Swaps the driver, vehicle or trailer (null keeps one); the caller assesses the readiness afterwards. */
    public Result<TransportUnit> changeMembers(UnitDriver driver, UnitVehicle vehicle, UnitTrailer trailer, String by,
            Instant now) {
        if (status == TransportUnitStatus.DISBANDED) {
            return Result.wrongState("unit-disbanded", "A disbanded unit is not changed; form a new one.");
        }
        if (vehicle != null && vehicle.kind() != VehicleKind.LKV) {
            return heavyTruckOnly();
        }
        if (driver != null) {
            driverId = driver.id();
        }
        if (vehicle != null) {
            vehicleId = vehicle.id();
        }
        if (trailer != null) {
            trailerId = trailer.id();
        }
        updatedBy = by;
        updatedAt = now;
        return Result.accepted(this);
    }

    /** Ends the unit: its members are free for other units, and it is never ready again. */
    public Result<TransportUnit> disband(String by, Instant now) {
        if (status == TransportUnitStatus.DISBANDED) {
            return Result.wrongState("unit-already-disbanded", "The unit is already disbanded.");
        }
        status = TransportUnitStatus.DISBANDED;
        updatedBy = by;
        updatedAt = now;
        assess(Readiness.of(List.of(NotReadyReason.UNIT_DISBANDED)), now);
        return Result.accepted(this);
    }

    /** Takes a freshly computed readiness; answers whether it differs from the one the unit had (readiness or reasons). */
    public boolean assess(Readiness fresh, Instant now) {
        if (fresh.equals(readiness)) {
            return false;
        }
        readiness = fresh;
        readinessChangedAt = now;
        return true;
    }

    private static Result<TransportUnit> heavyTruckOnly() {
        return Result.invalid("vehicle-not-heavy-truck", "vehicleId",
                "A transport unit takes a heavy truck (LKV); a light vehicle (PKV) is never assigned to orders.");
    }

    public UUID id() { return id; }
    public String tenantId() { return tenantId; }
    public UUID driverId() { return driverId; }
    public UUID vehicleId() { return vehicleId; }
    public UUID trailerId() { return trailerId; }
    /** The unit as written now, announced for {@code cause}. */
    public TransportUnitReadinessChanged readinessChanged(ReadinessCause cause, Instant at) {
        return new TransportUnitReadinessChanged(this, cause, at);
    }

    public TransportUnitStatus status() { return status; }
    public Readiness readiness() { return readiness; }
    public boolean readyForOrder() { return readiness.readyForOrder(); }
    public Instant readinessChangedAt() { return readinessChangedAt; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
