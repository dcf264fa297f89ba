package dev.opsuite.fleet.readiness.domain;

import dev.opsuite.fleet.kernel.VehicleKind;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
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
public final class TransportUnit implements Enveloped {

    private Envelope envelope;
    private Members members;
    private TransportUnitStatus status;
    private Readiness readiness;
    private Instant readinessChangedAt;

    /** Who goes on orders together: the unit's driver, heavy truck and trailer. */
    public record Members(UUID driverId, UUID vehicleId, UUID trailerId) {
    }

    public TransportUnit(Envelope envelope, Members members, TransportUnitStatus status, Readiness readiness,
            Instant readinessChangedAt) {
        this.envelope = envelope;
        this.members = members;
        this.status = status;
        this.readiness = readiness;
        this.readinessChangedAt = readinessChangedAt;
    }

    /** A new ACTIVE unit of these members, with their readiness as assessed now. */
    public static Result<TransportUnit> form(UUID id, String tenantId, UnitDriver driver, UnitVehicle vehicle, UnitTrailer trailer,
            Readiness readiness, String by, Instant now) {
        if (vehicle.kind() != VehicleKind.LKV) {
            return heavyTruckOnly();
        }
        return Result.accepted(new TransportUnit(Envelope.created(id, tenantId, by, now),
                new Members(driver.id(), vehicle.id(), trailer.id()), TransportUnitStatus.ACTIVE, readiness, now));
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
        members = new Members(driver != null ? driver.id() : members.driverId(),
                vehicle != null ? vehicle.id() : members.vehicleId(), trailer != null ? trailer.id() : members.trailerId());
        envelope = envelope.touched(by, now);
        return Result.accepted(this);
    }

    /** Ends the unit: its members are free for other units, and it is never ready again. */
    public Result<TransportUnit> disband(String by, Instant now) {
        if (status == TransportUnitStatus.DISBANDED) {
            return Result.wrongState("unit-already-disbanded", "The unit is already disbanded.");
        }
        status = TransportUnitStatus.DISBANDED;
        envelope = envelope.touched(by, now);
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

    /** What the unit, as written now (at its new version), announces for {@code cause}. */
    public TransportUnitReadinessChanged readinessChanged(ReadinessCause cause, Instant at) {
        return new TransportUnitReadinessChanged(id(), tenantId(), status, members, readiness, cause, version(), at);
    }

    public Envelope envelope() { return envelope; }
    public Members members() { return members; }
    public UUID driverId() { return members.driverId(); }
    public UUID vehicleId() { return members.vehicleId(); }
    public UUID trailerId() { return members.trailerId(); }
    public TransportUnitStatus status() { return status; }
    public Readiness readiness() { return readiness; }
    public boolean readyForOrder() { return readiness.readyForOrder(); }
    public Instant readinessChangedAt() { return readinessChangedAt; }
}
