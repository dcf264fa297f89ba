package dev.opsuite.inventory.stock.domain;

import static dev.opsuite.inventory.testing.Quantities.qty;

import dev.opsuite.inventory.kernel.Costing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.support.domain.Result;
import dev.opsuite.inventory.kernel.StockKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The moving average and the availability rules of one stock level, on numbers worked out by hand. */
class StockLevelTest {

    static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    static final StockReference REF = StockReference.of(StockReference.STOCK_ADJUSTMENT, "test");

    @Test
    void additions_move_the_weighted_average_cost() {
        StockLevel level = empty();

        accepted(level.adjust(qty("100"), qty("10.00"), "OPENING_BALANCE", REF, "m", NOW));
        assertThat(level.unitCost()).isEqualByComparingTo("10.000000");

        // (100 x 10.00 + 50 x 13.00) / 150 = 1650 / 150 = 11.00
        StockMovement second = accepted(level.adjust(qty("50"), qty("13.00"), "COUNT_CORRECTION", REF, "m", NOW));
        assertThat(level.onHand()).isEqualByComparingTo("150");
        assertThat(level.unitCost()).isEqualByComparingTo("11.000000");
        assertThat(second.value()).isEqualByComparingTo("650.00");
        assertThat(second.unitCostAfter()).isEqualByComparingTo("11.000000");
    }

    @Test
    void the_average_keeps_six_decimals_rounded_half_up() {
        StockLevel level = empty();
        accepted(level.adjust(qty("20"), qty("12.50"), "OPENING_BALANCE", REF, "m", NOW));

        level.receive(qty("10"), qty("11.50"), REF, "m", NOW);

        // (20 x 12.50 + 10 x 11.50) / 30 = 365 / 30 = 12.1666666... -> 12.166667
        assertThat(level.unitCost()).isEqualTo(new BigDecimal("12.166667"));
    }

    @Test
    void removals_leave_the_average_alone_and_are_valued_at_it() {
        StockLevel level = empty();
        accepted(level.adjust(qty("10"), qty("4.25"), "OPENING_BALANCE", REF, "m", NOW));

        StockMovement out = accepted(level.dispatch(qty("3"), "detail[0].quantity", REF, "m", NOW));

        assertThat(level.onHand()).isEqualByComparingTo("7");
        assertThat(level.unitCost()).isEqualByComparingTo("4.25");
        assertThat(out.unitCost()).isEqualByComparingTo("4.25");
        assertThat(out.value()).isEqualByComparingTo("-12.75");
    }

    @Test
    void nothing_takes_more_than_is_available_and_reserved_stock_is_not_available() {
        StockLevel level = empty();
        accepted(level.adjust(qty("10"), qty("1"), "OPENING_BALANCE", REF, "m", NOW));
        accepted(level.reserve(qty("4"), REF, "m", NOW));

        assertThat(level.available()).isEqualByComparingTo("6");
        Result<StockMovement> tooMuch = level.dispatch(qty("7"), "detail[2].quantity", REF, "m", NOW);
        assertThat(tooMuch).isInstanceOfSatisfying(Result.Rejected.class, r -> {
            assertThat(r.code()).isEqualTo("insufficient-stock");
            assertThat(r.field()).isEqualTo("detail[2].quantity");
            assertThat(r.reason()).isEqualTo(Result.Reason.WRONG_STATE);
        });
        assertThat(level.adjust(qty("-7"), null, "LOSS", REF, "m", NOW)).isInstanceOf(Result.Rejected.class);
        assertThat(level.reserve(qty("7"), REF, "m", NOW)).isInstanceOf(Result.Rejected.class);
        assertThat(level.onHand()).isEqualByComparingTo("10");
    }

    @Test
    void an_addition_needs_its_unit_cost() {
        assertThat(empty().adjust(qty("5"), null, "OPENING_BALANCE", REF, "m", NOW))
                .isInstanceOfSatisfying(Result.Rejected.class, r -> assertThat(r.field()).isEqualTo("unitCost"));
    }

    @Test
    void on_hand_never_grows_beyond_what_its_column_holds() {
        StockLevel level = empty();
        accepted(level.adjust(qty("999999999999"), qty("1"), "OPENING_BALANCE", REF, "m", NOW));

        assertThat(level.adjust(qty("1"), qty("1"), "COUNT_CORRECTION", REF, "m", NOW)).isInstanceOfSatisfying(
                Result.Rejected.class, r -> {
                    assertThat(r.code()).isEqualTo("stock-limit-exceeded");
                    assertThat(r.field()).isEqualTo("quantity");
                });
        assertThat(level.onHand()).isEqualByComparingTo("999999999999");
        accepted(level.adjust(qty("0.999"), qty("1"), "COUNT_CORRECTION", REF, "m", NOW));
    }

    @Test
    void goods_in_transit_arrive_or_are_written_off_at_the_frozen_cost() {
        StockLevel store = empty();
        store.expect(qty("30"), qty("11.5"), REF, "m", NOW);
        assertThat(store.inTransit()).isEqualByComparingTo("30");

        store.receive(qty("10"), qty("11.5"), REF, "m", NOW);
        StockMovement damage = store.writeOffInTransit(MovementKind.TRANSFER_DAMAGE_WRITE_OFF, qty("2"), qty("11.5"),
                "Arrived damaged", REF, "m", NOW);

        assertThat(store.onHand()).isEqualByComparingTo("10");
        assertThat(store.inTransit()).isEqualByComparingTo("18");
        assertThat(damage.quantity()).isEqualByComparingTo("0");
        assertThat(damage.inTransitChange()).isEqualByComparingTo("-2");
        assertThat(damage.value()).isEqualByComparingTo("23.00");
    }

    @Test
    void consuming_a_reservation_takes_it_off_hand_at_the_average() {
        StockLevel level = empty();
        accepted(level.adjust(qty("10"), qty("2.00"), "OPENING_BALANCE", REF, "m", NOW));
        accepted(level.reserve(qty("4"), REF, "m", NOW));

        StockMovement used = level.consume(qty("3"), REF, "m", NOW);
        StockMovement back = level.release(qty("1"), REF, "m", NOW);

        assertThat(level.onHand()).isEqualByComparingTo("7");
        assertThat(level.reserved()).isEqualByComparingTo("0");
        assertThat(used.value()).isEqualByComparingTo("-6.00");
        assertThat(back.reservedChange()).isEqualByComparingTo("-1");
    }

    @Test
    void money_is_rounded_half_up_to_cents() {
        assertThat(Costing.value(qty("3"), qty("0.335"))).isEqualTo(new BigDecimal("1.01"));
        assertThat(Costing.value(qty("4.5"), qty("24.41"))).isEqualTo(new BigDecimal("109.85"));
        assertThat(Costing.value(qty("-3"), qty("0.335"))).isEqualTo(new BigDecimal("-1.01"));
    }

    private static StockLevel empty() {
        return StockLevel.empty(UUID.randomUUID(), "acme", new StockKey(UUID.randomUUID(), UUID.randomUUID()), NOW);
    }

    @SuppressWarnings("unchecked")
    private static <T> T accepted(Result<T> result) {
        assertThat(result).isInstanceOf(Result.Accepted.class);
        return ((Result.Accepted<T>) result).value();
    }
}
