package dev.opsuite.inventory.catalog.domain;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.time.Instant;

/** A stocked article: what notes, stock levels and reservations count, in its unit of measure. */
public final class Product implements Enveloped {

    private Envelope envelope;
    private String sku;
    private String name;
    private String unit;
    private boolean active;

    public Product(Envelope envelope, String sku, String name, String unit, boolean active) {
        this.envelope = envelope;
        this.sku = sku;
        this.name = name;
        this.unit = unit;
        this.active = active;
    }

    public static Result<Product> register(Envelope envelope, String sku, String name, String unit) {
        if (sku == null || sku.isBlank()) {
            return Result.invalid("blank-sku", "sku", "A product needs a SKU.");
        }
        if (name == null || name.isBlank()) {
            return Result.invalid("blank-name", "name", "A product needs a name.");
        }
        return Result.accepted(new Product(envelope, sku.strip(), name.strip(),
                unit == null || unit.isBlank() ? "pcs" : unit.strip(), true));
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
        envelope = envelope.touched(by, now);
        return Result.accepted(this);
    }

    public Envelope envelope() { return envelope; }
    public String sku() { return sku; }
    public String name() { return name; }
    public String unit() { return unit; }
    public boolean active() { return active; }
}
