package dev.opsuite.inventory.stock.application;

import static dev.opsuite.inventory.testing.Inventory.MANAGER;
import static dev.opsuite.inventory.testing.Inventory.TENANT;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.inventory.testing.Quantities.qty;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.inventory.kernel.StockKey;
import dev.opsuite.inventory.stock.application.port.in.ReserveStockUseCase;
import dev.opsuite.inventory.stock.application.port.in.ReserveStockUseCase.ReserveStockCommand;
import dev.opsuite.inventory.stock.domain.Reservation;
import dev.opsuite.inventory.stock.domain.ReservationStatus;
import dev.opsuite.inventory.stock.domain.StockLevel;
import dev.opsuite.inventory.stock.domain.StockReference;
import dev.opsuite.inventory.testing.Inventory;
import dev.opsuite.support.application.Rejection;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stock held for a job: nobody else can take it; it is released or used up. */
class ReserveStockTest {

    final Inventory inventory = new Inventory();
    final ReserveStockUseCase reservations = inventory.stockService;
    final UUID van = inventory.warehouse("Van 7");
    final UUID cable = inventory.product("CAB-1");
    final StockReference job = new StockReference("job", "J-1");

    @BeforeEach
    void ten_reels_in_the_van() {
        inventory.stockOf(van, cable, "10", "2.00");
    }

    @Test
    void a_reservation_holds_stock_and_leaves_only_the_rest_available() {
        Reservation held = done(reservations.reserve(new ReserveStockCommand(MANAGER, van, cable, qty("4"), job)));

        StockLevel level = inventory.stock.level(TENANT, new StockKey(van, cable));
        assertThat(held.status()).isEqualTo(ReservationStatus.ACTIVE);
        assertThat(level.reserved()).isEqualByComparingTo("4");
        assertThat(level.available()).isEqualByComparingTo("6");
        assertThat(refused(reservations.reserve(new ReserveStockCommand(MANAGER, van, cable, qty("7"), job))).code())
                .isEqualTo("insufficient-stock");
    }

    @Test
    void consumed_stock_leaves_on_hand_and_released_stock_is_available_again() {
        Reservation held = done(reservations.reserve(new ReserveStockCommand(MANAGER, van, cable, qty("4"), job)));

        Reservation used = done(reservations.consume(MANAGER, held.id(), held.version(), qty("1")));
        Reservation released = done(reservations.release(MANAGER, held.id(), used.version()));

        StockLevel level = inventory.stock.level(TENANT, new StockKey(van, cable));
        assertThat(released.status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(level.onHand()).isEqualByComparingTo("9");
        assertThat(level.reserved()).isEqualByComparingTo("0");
        assertThat(refused(reservations.release(MANAGER, held.id(), null)).code()).isEqualTo("reservation-not-active");
    }

    @Test
    void a_reservation_changed_meanwhile_is_stale() {
        Reservation held = done(reservations.reserve(new ReserveStockCommand(MANAGER, van, cable, qty("4"), job)));
        done(reservations.consume(MANAGER, held.id(), held.version(), qty("1")));

        assertThat(refused(reservations.release(MANAGER, held.id(), held.version())).kind()).isEqualTo(Rejection.Kind.STALE);
    }
}
