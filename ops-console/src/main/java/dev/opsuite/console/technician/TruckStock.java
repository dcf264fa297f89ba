package dev.opsuite.console.technician;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A truck's stock as field-service last heard it from inventory ({@code GET /trucks/{locationId}/stock}). The service
 * names products by id only (no SKU, no name), and a technician may not read inventory's catalogue.
 */
public record TruckStock(List<Item> items) {

    public record Item(UUID productId, BigDecimal onHand, BigDecimal reserved, BigDecimal available, BigDecimal unitCost,
            String currency, Instant asOf) {

        /** The product's id shortened for a phone (its first block), e.g. "3fa85f64". */
        public String shortId() {
            return productId.toString().substring(0, 8);
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

    /** What the SKU picker offers: what the truck has available. */
    public List<Item> available() {
        return items.stream().filter(Item::any).toList();
    }
}
