package dev.opsuite.field.jobs.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A part the technician put in: the part (inventory product id, none for one bought on the way, and its SKU), how
 * many, and the location it came from (their truck, or the reservation's). {@code id} is also the usage id inventory
 * hears in parts-used (the stock side is the parts capability's and inventory's).
 */
public record PartUsed(UUID id, UUID partId, String sku, BigDecimal quantity, UUID truckLocationId) {
}
