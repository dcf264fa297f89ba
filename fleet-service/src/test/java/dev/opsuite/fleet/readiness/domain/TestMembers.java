package dev.opsuite.fleet.readiness.domain;

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
        return new Driver(UUID.randomUUID(), "acme", "DRV-0001", "Jan Novák", null, status, "hr", NOW, "hr", NOW, 0);
    }

    public static Vehicle truck(VehicleStatus status) {
        return new Vehicle(UUID.randomUUID(), "acme", "5AB 0045", VehicleKind.LKV, "MAN", "TGX 18.440", null, 95_000, null,
                null, status, "m", NOW, "m", NOW, 0);
    }

    public static Vehicle car() {
        return new Vehicle(UUID.randomUUID(), "acme", "1AB 2345", VehicleKind.PKV, "Škoda", "Octavia", null, 1_000, null,
                AssignmentMode.POOL, VehicleStatus.ACTIVE, "m", NOW, "m", NOW, 0);
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
        return new Trailer(UUID.randomUUID(), "acme", "3AC 1200", type, "Schmitz", "S.KO", status, "m", NOW, "m", NOW, 0);
    }
}
