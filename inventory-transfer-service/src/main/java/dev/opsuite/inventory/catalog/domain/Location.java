package dev.opsuite.inventory.catalog.domain;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.time.Instant;
import java.util.UUID;

/**
 * A place that holds stock: a warehouse, a store, or a technician's truck. A truck location is the
 * load space of one fleet vehicle, so it names that vehicle.
 */
public final class Location implements Enveloped {

    private Envelope envelope;
    private final LocationType type;
    private String name;
    private String code;
    private String address;
    private final UUID vehicleId;
    private boolean active;

    public Location(Envelope envelope, LocationType type, String name, String code, String address, UUID vehicleId,
            boolean active) {
        this.envelope = envelope;
        this.type = type;
        this.name = name;
        this.code = code;
        this.address = address;
        this.vehicleId = vehicleId;
        this.active = active;
    }

    /** A new, active location. A truck names its fleet vehicle; other locations must not. */
    public static Result<Location> open(Envelope envelope, LocationType type, String name, String code, String address,
            UUID vehicleId) {
        if (type == LocationType.TRUCK && vehicleId == null) {
            return Result.invalid("truck-without-vehicle", "vehicleId", "A truck location names the fleet vehicle it is.");
        }
        if (type != LocationType.TRUCK && vehicleId != null) {
            return Result.invalid("vehicle-on-fixed-location", "vehicleId", "Only a truck location names a vehicle.");
        }
        if (name == null || name.isBlank()) {
            return Result.invalid("blank-name", "name", "A location needs a name.");
        }
        return Result.accepted(new Location(envelope, type, name.strip(), code, address, vehicleId, true));
    }

    /** Renames or re-addresses the location, or (de)activates it; null leaves a field as it is. */
    public Result<Location> update(String newName, String newCode, String newAddress, Boolean newActive, String by, Instant now) {
        if (newName != null && newName.isBlank()) {
            return Result.invalid("blank-name", "name", "A location needs a name.");
        }
        if (newName != null) {
            name = newName.strip();
        }
        if (newCode != null) {
            code = newCode;
        }
        if (newAddress != null) {
            address = newAddress;
        }
        if (newActive != null) {
            active = newActive;
        }
        envelope = envelope.touched(by, now);
        return Result.accepted(this);
    }

    public Envelope envelope() { return envelope; }
    public LocationType type() { return type; }
    public String name() { return name; }
    public String code() { return code; }
    public String address() { return address; }
    public UUID vehicleId() { return vehicleId; }
    public boolean active() { return active; }
}
