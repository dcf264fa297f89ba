package dev.opsuite.inventory.stock.application;

import static dev.opsuite.inventory.testing.Inventory.MANAGER;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.inventory.testing.Quantities.qty;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.inventory.stock.application.port.in.AdjustStockUseCase;
import dev.opsuite.inventory.stock.application.port.in.AdjustStockUseCase.AdjustStockCommand;
import dev.opsuite.inventory.stock.application.port.in.AdjustStockUseCase.StockAdjusted;
import dev.opsuite.inventory.stock.domain.AdjustmentReason;
import dev.opsuite.inventory.stock.domain.MovementKind;
import dev.opsuite.inventory.stock.domain.StockLevelChanged;
import dev.opsuite.inventory.testing.Inventory;
import dev.opsuite.support.application.Rejection;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Seed 001's stock: opening balances and count corrections, the WAC moving with every addition. */
class AdjustStockTest {

    final Inventory inventory = new Inventory();
    final AdjustStockUseCase adjust = inventory.stockService;
    final UUID central = inventory.warehouse("Central");
    final UUID cable = inventory.product("CAB-1");

    @Test
    void an_opening_balance_and_a_second_addition_average_their_costs() {
        done(adjust.adjust(command("20", "12.50")));
        StockAdjusted second = done(adjust.adjust(command("10", "11.00")));

        // (20 x 12.50 + 10 x 11.00) / 30 = 360 / 30
        assertThat(second.level().onHand()).isEqualByComparingTo("30");
        assertThat(second.level().unitCost()).isEqualByComparingTo("12.00");
        assertThat(second.movement().kind()).isEqualTo(MovementKind.ADJUSTMENT);
        assertThat(second.movement().reason()).isEqualTo("OPENING_BALANCE: count");
        assertThat(inventory.events.published(StockLevelChanged.class)).hasSize(2).last()
                .satisfies(changed -> assertThat(changed.locationType()).isEqualTo("WAREHOUSE"));
    }

    @Test
    void a_removal_of_more_than_is_available_is_refused() {
        done(adjust.adjust(command("5", "1.00")));

        Rejection refused = refused(adjust.adjust(command("-6", null)));

        assertThat(refused.code()).isEqualTo("insufficient-stock");
        assertThat(refused.kind()).isEqualTo(Rejection.Kind.CONFLICT);
        assertThat(inventory.events.published()).hasSize(1);
    }

    @Test
    void stock_of_an_unknown_product_is_refused_naming_the_field() {
        Rejection refused = refused(adjust.adjust(new AdjustStockCommand(MANAGER, central, UUID.randomUUID(), qty("1"),
                qty("1"), AdjustmentReason.OPENING_BALANCE, null)));

        assertThat(refused.code()).isEqualTo("product-not-found");
        assertThat(refused.field()).isEqualTo("productId");
    }

    private AdjustStockCommand command(String quantity, String unitCost) {
        return new AdjustStockCommand(MANAGER, central, cable, qty(quantity), unitCost == null ? null : qty(unitCost),
                AdjustmentReason.OPENING_BALANCE, "count");
    }
}
