package dev.opsuite.inventory.stock.application;

import static dev.opsuite.inventory.testing.Inventory.MANAGER;
import static dev.opsuite.inventory.testing.Inventory.TENANT;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.inventory.testing.Quantities.qty;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.inventory.stock.application.port.in.AdjustStockUseCase.AdjustStockCommand;
import dev.opsuite.inventory.stock.application.port.in.FindStockQuery;
import dev.opsuite.inventory.stock.domain.AdjustmentReason;
import dev.opsuite.inventory.stock.domain.MovementKind;
import dev.opsuite.inventory.testing.Inventory;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.PageRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What is where, at what cost, and the ledger of how it got there. */
class FindStockTest {

    final Inventory inventory = new Inventory();
    final FindStockQuery find = inventory.stockService;
    final UUID central = inventory.warehouse("Central");
    final UUID cable = inventory.product("CAB-1");
    final PageRequest page = new PageRequest(1, 20, "occurredAt", false);

    @Test
    void the_levels_and_the_ledger_of_a_product_in_the_valuation_currency() {
        done(inventory.stockService.adjust(new AdjustStockCommand(MANAGER, central, cable, qty("3"), qty("2.00"),
                AdjustmentReason.OPENING_BALANCE, null)));

        assertThat(find.currency()).isEqualTo("EUR");
        assertThat(done(find.levels(TENANT, central, null, page)).items()).singleElement()
                .satisfies(level -> assertThat(level.onHand()).isEqualByComparingTo("3"));
        assertThat(done(find.movements(TENANT, null, cable, MovementKind.ADJUSTMENT, null, null, null, page)).total())
                .isEqualTo(1);
        assertThat(done(find.levels("globex", central, null, page)).items()).isEmpty();
    }

    @Test
    void an_unknown_reservation_is_not_found() {
        assertThat(refused(find.reservation(TENANT, UUID.randomUUID())).kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
    }
}
