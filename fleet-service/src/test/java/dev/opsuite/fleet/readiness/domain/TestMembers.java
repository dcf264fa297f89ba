package dev.opsuite.fleet.readiness.domain;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.kernel.DriverStatus;
import dev.opsuite.fleet.kernel.TrailerStatus;
import dev.opsuite.fleet.kernel.TrailerType;
import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.fleet.kernel.VehicleStatus;
import dev.opsuite.fleet.trailers.domain.Trailer;
import dev.opsuite.fleet.vehicles.domain.AssignmentMode;
import dev.opsuite.fleet.vehicles.domain.Vehicle;

import java.time.Instant;
import java.util.UUID;

/** Drivers, vehicles and trailers as the domain tests need them. */
public final class TestMembers {

    public static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");

    private TestMembers() {
    }

    public static Driver driver(DriverStatus status) {
        return new Driver(Envelope.created(UUID.randomUUID(), "acme", "hr", NOW), "DRV-0001", "Jan Novák", null,
                status);
    }

    public static Vehicle truck(VehicleStatus status) {
        return new Vehicle(Envelope.created(UUID.randomUUID(), "acme", "m", NOW),
                new Vehicle.Particulars("5AB 0045", VehicleKind.LKV, "MAN", "TGX 18.440", null), null, 95_000, null, status);
    }

    public static Vehicle car() {
        return new Vehicle(Envelope.created(UUID.randomUUID(), "acme", "m", NOW),
                new Vehicle.Particulars("1AB 2345", VehicleKind.PKV, "Škoda", "Octavia", null), AssignmentMode.POOL, 1_000,
                null, VehicleStatus.ACTIVE);
    }

    public static UnitDriver of(Driver d) {
        return d == null ? null : new UnitDriver(d.id(), d.status());
    }

    public static UnitVehicle of(Vehicle v) {
        return v == null ? null : new UnitVehicle(v.id(), v.kind(), v.status());
    }

    public static UnitTrailer of(Trailer t) {
        return t == null ? null : new UnitTrailer(t.id(), t.type(), t.status());
    }

    public static Trailer trailer(TrailerType type, TrailerStatus status) {
        return new Trailer(Envelope.created(UUID.randomUUID(), "acme", "m", NOW), "3AC 1200", type, "Schmitz", "S.KO",
                status);
    }
}
