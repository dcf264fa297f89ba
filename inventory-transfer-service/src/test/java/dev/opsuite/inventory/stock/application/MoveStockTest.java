package dev.opsuite.inventory.stock.application;

import static dev.opsuite.inventory.testing.Inventory.TENANT;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.inventory.testing.Quantities.qty;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.inventory.catalog.domain.LocationType;
import dev.opsuite.inventory.kernel.StockKey;
import dev.opsuite.inventory.stock.application.port.in.MoveStockUseCase;
import dev.opsuite.inventory.stock.domain.StockLevelChanged;
import dev.opsuite.inventory.stock.domain.StockReference;
import dev.opsuite.inventory.testing.Inventory;
import dev.opsuite.support.application.Rejection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How transfers move stock: one stock-level change per level that moved, carrying every movement of that level. */
class MoveStockTest {

    final Inventory inventory = new Inventory();
    final MoveStockUseCase stock = inventory.stockKeeping;
    final UUID truck = inventory.location(LocationType.TRUCK, "Van 7");
    final UUID cable = inventory.product("CAB-1");

    @Test
    void a_level_moved_twice_in_one_change_is_announced_once_with_both_movements_and_its_truck() {
        inventory.stockOf(truck, cable, "10", "2.00");
        StockKey key = new StockKey(truck, cable);
        StockReference reference = new StockReference("test", "1");

        done(stock.move(TENANT, List.of(key), levels -> List.of(
                Rejection.orThrow(levels.get(key).dispatch(qty("1"), "quantity", reference, "clerk", inventory.clock.instant())),
                levels.get(key).expect(qty("4"), qty("2.50"), reference, "clerk", inventory.clock.instant()))));

        assertThat(inventory.events.published(StockLevelChanged.class)).singleElement().satisfies(changed -> {
            assertThat(changed.locationType()).isEqualTo("TRUCK");
            assertThat(changed.vehicleId()).isNotNull();
            assertThat(changed.onHand()).isEqualByComparingTo("9");
            assertThat(changed.inTransit()).isEqualByComparingTo("4");
            assertThat(changed.movements()).hasSize(2);
        });
    }
}
