package dev.opsuite.inventory.domain;

import dev.opsuite.support.domain.Result;
import java.time.Instant;
import java.util.UUID;

/**
 * A place that holds stock: a warehouse, a store, or a technician's truck. A truck location is the
 * load space of one fleet vehicle, so it names that vehicle.
 */
public final class Location {

    private final UUID id;
    private final String tenantId;
    private final LocationType type;
    private String name;
    private String code;
    private String address;
    private final UUID vehicleId;
    private boolean active;
    private final String createdBy;
    private final Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;
    private final long version;

    @SuppressWarnings("java:S107") // a rehydrated aggregate has this many fields
    public Location(UUID id, String tenantId, LocationType type, String name, String code, String address, UUID vehicleId,
            boolean active, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, long version) {
        this.id = id;
        this.tenantId = tenantId;
        this.type = type;
        this.name = name;
        this.code = code;
        this.address = address;
        this.vehicleId = vehicleId;
        this.active = active;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** A new, active location. A truck names its fleet vehicle; other locations must not. */
    public static Result<Location> open(UUID id, String tenantId, LocationType type, String name, String code,
            String address, UUID vehicleId, String by, Instant now) {
        if (type == LocationType.TRUCK && vehicleId == null) {
            return Result.invalid("truck-without-vehicle", "vehicleId", "A truck location names the fleet vehicle it is.");
        }
        if (type != LocationType.TRUCK && vehicleId != null) {
            return Result.invalid("vehicle-on-fixed-location", "vehicleId", "Only a truck location names a vehicle.");
        }
        if (name == null || name.isBlank()) {
            return Result.invalid("blank-name", "name", "A location needs a name.");
        }
        return Result.accepted(new Location(id, tenantId, type, name.strip(), code, address, vehicleId, true, by, now, by, now, 0));
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
        updatedBy = by;
        updatedAt = now;
        return Result.accepted(this);
    }

    public UUID id() { return id; }
    public String tenantId() { return tenantId; }
    public LocationType type() { return type; }
    public String name() { return name; }
    public String code() { return code; }
    public String address() { return address; }
    public UUID vehicleId() { return vehicleId; }
    public boolean active() { return active; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
