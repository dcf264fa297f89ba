package dev.opsuite.console.technician;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A truck's stock as field-service last heard it from inventory ({@code GET /trucks/{locationId}/stock}). The service
 * names products by id only (no SKU, no name), and a technician may not read inventory's catalogue: the SKU of a
 * product is known once it was fitted on one of the technician's jobs ({@link #named}).
 */
public record TruckStock(List<Item> items) {

    public record Item(UUID productId, BigDecimal onHand, BigDecimal reserved, BigDecimal available, BigDecimal unitCost,
            String currency, Instant asOf, String sku) {

        /** The product's id shortened for a phone (its first block), e.g. "3fa85f64". */
        public String shortId() {
            return productId.toString().substring(0, 8);
        }

        /** The SKU when known, else "Part 3fa85f64". */
        public String label() {
            return sku != null ? sku : "Part " + shortId();
        }

        public String availableText() {
            return MyJob.plain(available);
        }

        public String onHandText() {
            return MyJob.plain(onHand);
        }

        public boolean any() {
            return available != null && available.signum() > 0;
        }
    }

    public TruckStock {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public static TruckStock empty() {
        return new TruckStock(List.of());
    }

    /** The same stock with the SKUs the technician's jobs name for its products (the last fitted wins). */
    public TruckStock named(List<MyJob> jobs) {
        Map<UUID, String> skus = new HashMap<>();
        jobs.forEach(job -> job.partsUsed().stream().filter(p -> p.partId() != null && p.sku() != null)
                .forEach(p -> skus.put(p.partId(), p.sku())));
        return new TruckStock(items.stream().map(i -> new Item(i.productId(), i.onHand(), i.reserved(), i.available(),
                i.unitCost(), i.currency(), i.asOf(), i.sku() != null ? i.sku() : skus.get(i.productId()))).toList());
    }

    /** What the SKU picker offers: what the truck has available. */
    public List<Item> available() {
        return items.stream().filter(Item::any).toList();
    }
}
