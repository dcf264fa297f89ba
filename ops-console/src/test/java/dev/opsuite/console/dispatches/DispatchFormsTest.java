package dev.opsuite.console.dispatches;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.opsuite.console.dispatches.DispatchViews.OrderLine;
import dev.opsuite.console.dispatches.DispatchViews.SalesOrder;

class DispatchFormsTest {

    @Test
    void a_datetime_typed_in_utc_goes_as_an_instant_and_anything_else_as_typed_for_the_service_to_name() {
        assertThat(DispatchForms.utc("2026-12-07T08:30")).isEqualTo("2026-12-07T08:30:00Z");
        assertThat(DispatchForms.utc("2026-12-07T08:30+01:00")).isEqualTo("2026-12-07T07:30:00Z");
        assertThat(DispatchForms.utc(" ")).isNull();
        assertThat(DispatchForms.utc("tomorrow")).isEqualTo("tomorrow");
        assertThat(DispatchForms.local(Instant.parse("2026-12-07T08:30:59Z"))).isEqualTo("2026-12-07T08:30");
    }

    @Test
    void the_create_form_is_the_seeds_three_inputs_blank_ones_left_null() {
        Map<String, Object> body = DispatchForms.create(" ", "2026-12-07T08:30", "u-1");
        assertThat(body.keySet()).containsExactly("tripTicketId", "datetime", "unit");
        assertThat(body.get("tripTicketId")).isNull();
        assertThat(body.get("datetime")).isEqualTo("2026-12-07T08:30:00Z");
        assertThat(body.get("unit")).isEqualTo("u-1");
        assertThat(DispatchForms.edit("2026-12-07T09:00", "u-2")).containsOnlyKeys("datetime", "unit");
    }

    @Test
    void a_date_range_covers_whole_days_though_the_api_excludes_its_end() {
        assertThat(DispatchForms.dayStart("2026-12-07")).isEqualTo("2026-12-07T00:00:00Z");
        assertThat(DispatchForms.dayAfter("2026-12-07")).isEqualTo("2026-12-08T00:00:00Z");
        assertThat(DispatchForms.dayAfter("")).isNull();
        assertThat(DispatchForms.dayStart("7.12.")).isEqualTo("7.12.");
    }

    @Test
    void a_window_names_the_day_once_when_it_ends_the_same_day() {
        assertThat(DispatchForms.window(Instant.parse("2026-12-07T08:00:00Z"), Instant.parse("2026-12-07T14:00:00Z")))
                .isEqualTo("2026-12-07 08:00–14:00");
        assertThat(DispatchForms.window(Instant.parse("2026-12-07T22:00:00Z"), Instant.parse("2026-12-08T02:00:00Z")))
                .isEqualTo("2026-12-07 22:00 – 2026-12-08 02:00");
    }

    @Test
    void create_new_asks_for_what_remains_of_each_line() {
        UUID freight = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        SalesOrder order = new SalesOrder(UUID.randomUUID(), "SO-2026-000001", "Novák", "CONFIRMED", List.of(
                new OrderLine(freight, "Freight", BigDecimal.ONE, BigDecimal.ZERO),
                new OrderLine(waiting, "Waiting", new BigDecimal("2"), new BigDecimal("1.5"))));
        assertThat(DispatchForms.remainingLines(order))
                .containsExactly(Map.of("salesOrderLineId", waiting, "quantity", new BigDecimal("1.5")));
    }

    @Test
    void each_status_offers_the_step_the_lifecycle_allows() {
        assertThat(Lifecycle.quickSteps("PENDING")).extracting(Lifecycle.Step::action).containsExactly("schedule");
        assertThat(Lifecycle.quickSteps("DRAFT")).extracting(Lifecycle.Step::action).containsExactly("schedule");
        assertThat(Lifecycle.quickSteps("SCHEDULED")).extracting(Lifecycle.Step::action).containsExactly("dispatch");
        assertThat(Lifecycle.quickSteps("DISPATCHED")).isEmpty(); // complete needs the recipient: on the detail
        assertThat(Lifecycle.quickSteps("COMPLETED")).extracting(Lifecycle.Step::action).containsExactly("close");
        assertThat(Lifecycle.quickSteps("CANCELLED")).isEmpty();
        assertThat(Lifecycle.editable("SCHEDULED")).isTrue();
        assertThat(Lifecycle.editable("DISPATCHED")).isFalse();
        assertThat(Lifecycle.cancellable("DISPATCHED")).isTrue();
        assertThat(Lifecycle.cancellable("COMPLETED")).isFalse();
        assertThat(Lifecycle.ifMatch(" 3 ")).isEqualTo("\"3\"");
        assertThat(Lifecycle.ifMatch("")).isNull();
    }
}
