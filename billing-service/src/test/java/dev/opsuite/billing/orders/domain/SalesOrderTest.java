package dev.opsuite.billing.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Seed 000: what a customer bought, line by line, and what it comes to. */
class SalesOrderTest {

    static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
    static final UUID CUSTOMER = UUID.randomUUID();

    @Test
    void line_amounts_are_rounded_half_up_to_cents() {
        assertThat(line("3", "33.333").amount()).isEqualByComparingTo("100.00").hasScaleOf(2);
        assertThat(line("1", "0.005").amount()).isEqualByComparingTo("0.01");
        assertThat(line("1", "0.004").amount()).isEqualByComparingTo("0.00");
    }

    @Test
    void the_total_is_the_sum_of_the_rounded_line_amounts() {
        SalesOrder order = order(List.of(line("3", "33.333"), line("2", "10.005"), line("1", "0.50")));

        // 99.999 -> 100.00, 20.010 -> 20.01, 0.50
        assertThat(order.total()).isEqualByComparingTo("120.51").hasScaleOf(2);
    }

    @Test
    void an_order_needs_lines_positive_quantities_and_a_known_currency() {
        assertThat(place("EUR", List.of())).isInstanceOfSatisfying(Result.Rejected.class,
                r -> assertThat(r.field()).isEqualTo("lines"));
        assertThat(place("EUR", List.of(line("1", "1"), line("0", "1")))).isInstanceOfSatisfying(Result.Rejected.class,
                r -> assertThat(r.field()).isEqualTo("lines[1].quantity"));
        assertThat(place("EUR", List.of(line("1", "-1")))).isInstanceOfSatisfying(Result.Rejected.class,
                r -> assertThat(r.field()).isEqualTo("lines[0].unitPrice"));
        assertThat(place("ZZQ", List.of(line("1", "1")))).isInstanceOfSatisfying(Result.Rejected.class,
                r -> assertThat(r.field()).isEqualTo("currency"));
    }

    @Test
    void a_line_amount_and_the_total_stay_below_ten_to_the_fifteen() {
        assertThat(place("EUR", List.of(line("999999999.999", "9999999999999.9999")))).isInstanceOfSatisfying(
                Result.Rejected.class, r -> {
                    assertThat(r.code()).isEqualTo("amount-too-large");
                    assertThat(r.field()).isEqualTo("lines[0]");
                });
        assertThat(place("EUR", List.of(line("1", "1"), line("1000000", "1000000000"), line("1", "1"))))
                .isInstanceOfSatisfying(Result.Rejected.class, r -> assertThat(r.field()).isEqualTo("lines[1]"));
        assertThat(place("EUR", List.of(line("1", "600000000000000"), line("1", "400000000000000"))))
                .isInstanceOfSatisfying(Result.Rejected.class, r -> assertThat(r.field()).isEqualTo("lines"));
        assertThat(place("EUR", List.of(line("1", "600000000000000"), line("1", "399999999999999.99"))))
                .isInstanceOf(Result.Accepted.class);
    }

    private static OrderLine line(String quantity, String unitPrice) {
        return new OrderLine("item", new BigDecimal(quantity), new BigDecimal(unitPrice));
    }

    private static Result<SalesOrder> place(String currency, List<OrderLine> lines) {
        return SalesOrder.place(Envelope.created(UUID.randomUUID(), "acme", "clerk", NOW), "SO-2026-000001", CUSTOMER,
                "Novák Logistics", currency, lines);
    }

    private static SalesOrder order(List<OrderLine> lines) {
        return accepted(place("EUR", lines));
    }

    private static <T> T accepted(Result<T> result) {
        assertThat(result).isInstanceOf(Result.Accepted.class);
        return ((Result.Accepted<T>) result).value();
    }
}
