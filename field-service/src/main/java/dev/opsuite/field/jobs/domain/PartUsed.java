package dev.opsuite.field.jobs.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A part the technician put in, from their truck: the part (inventory product id and its SKU), how many, and the
 * truck location it came from (the stock side is the parts capability's and inventory's).
 */
public record PartUsed(UUID id, UUID partId, String sku, BigDecimal quantity, UUID truckLocationId) {
}
