package dev.opsuite.console.technician;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The truck's stock named by the SKUs the technician's jobs fitted (the service names products by id only). */
class TruckStockTest {

    private static final UUID FILTER = UUID.fromString("739f170e-6f7f-4ed1-9467-293d5d9cfe60");
    private static final UUID CAPACITOR = UUID.fromString("0c1d2e3f-0000-4000-8000-000000000001");

    private static TruckStock.Item item(UUID product, String available) {
        return new TruckStock.Item(product, new BigDecimal("5"), BigDecimal.ZERO, new BigDecimal(available),
                new BigDecimal("9.00"), "USD", null, null);
    }

    private static MyJob fitted(MyJob.PartUsed... parts) {
        return new MyJob(UUID.randomUUID(), null, null, "Furnace repair", "HVAC", 2, 60, "IN_PROGRESS", null, null, null,
                List.of(parts), null, null, 1);
    }

    @Test
    void a_product_fitted_today_is_named_by_its_sku_the_others_by_their_id() {
        TruckStock stock = new TruckStock(List.of(item(FILTER, "4.000"), item(CAPACITOR, "0")))
                .named(List.of(fitted(new MyJob.PartUsed(UUID.randomUUID(), FILTER, "FLT-16x25", BigDecimal.ONE, null),
                        new MyJob.PartUsed(UUID.randomUUID(), null, "SEAL-KIT", BigDecimal.ONE, null))));

        assertThat(stock.items()).extracting(TruckStock.Item::label).containsExactly("FLT-16x25", "Part 0c1d2e3f");
        assertThat(stock.available()).as("the picker offers what is there").extracting(TruckStock.Item::productId)
                .containsExactly(FILTER);
        assertThat(stock.items().get(0).availableText()).isEqualTo("4");
    }

    @Test
    void the_sku_of_the_part_shown_picked_is_filled_in_unless_typed() {
        TruckStock stock = new TruckStock(List.of(item(CAPACITOR, "0"), item(FILTER, "4")))
                .named(List.of(fitted(new MyJob.PartUsed(UUID.randomUUID(), FILTER, "FLT-16x25", BigDecimal.ONE, null))));

        assertThat(WorkForm.empty().skuOf(stock).sku()).as("the first available is shown picked").isEqualTo("FLT-16x25");
        WorkForm typed = new WorkForm(null, null, null, "STANDARD", FILTER.toString(), "FLT-OTHER", "1", null);
        assertThat(typed.skuOf(stock).sku()).isEqualTo("FLT-OTHER");
        WorkForm other = new WorkForm(null, null, null, "STANDARD", CAPACITOR.toString(), null, "1", null);
        assertThat(other.skuOf(stock).sku()).isNull();
    }

    @Test
    void no_truck_no_stock() {
        assertThat(TruckStock.empty().named(List.of()).items()).isEmpty();
        assertThat(new TruckStock(null).items()).isEmpty();
    }
}
