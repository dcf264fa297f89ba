package dev.opsuite.inventory.domain;

import dev.opsuite.support.domain.Result;
import java.time.Instant;
import java.util.UUID;

/** A stocked article: what notes, stock levels and reservations count, in its unit of measure. */
public final class Product {

    private final UUID id;
    private final String tenantId;
    private String sku;
    private String name;
    private String unit;
    private boolean active;
    private final String createdBy;
    private final Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;
    private final long version;

    @SuppressWarnings("java:S107")
    public Product(UUID id, String tenantId, String sku, String name, String unit, boolean active, String createdBy,
            Instant createdAt, String updatedBy, Instant updatedAt, long version) {
        this.id = id;
        this.tenantId = tenantId;
        this.sku = sku;
        this.name = name;
        this.unit = unit;
        this.active = active;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    public static Result<Product> register(UUID id, String tenantId, String sku, String name, String unit, String by, Instant now) {
        if (sku == null || sku.isBlank()) {
            return Result.invalid("blank-sku", "sku", "A product needs a SKU.");
        }
        if (name == null || name.isBlank()) {
            return Result.invalid("blank-name", "name", "A product needs a name.");
        }
        return Result.accepted(new Product(id, tenantId, sku.strip(), name.strip(),
                unit == null || unit.isBlank() ? "pcs" : unit.strip(), true, by, now, by, now, 0));
    }

    /** Changes what is given; null leaves a field as it is. */
    public Result<Product> update(String newSku, String newName, String newUnit, Boolean newActive, String by, Instant now) {
        if (newSku != null && newSku.isBlank()) {
            return Result.invalid("blank-sku", "sku", "A product needs a SKU.");
        }
        if (newName != null && newName.isBlank()) {
            return Result.invalid("blank-name", "name", "A product needs a name.");
        }
        if (newSku != null) {
            sku = newSku.strip();
        }
        if (newName != null) {
            name = newName.strip();
        }
        if (newUnit != null && !newUnit.isBlank()) {
            unit = newUnit.strip();
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
    public String sku() { return sku; }
    public String name() { return name; }
    public String unit() { return unit; }
    public boolean active() { return active; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
