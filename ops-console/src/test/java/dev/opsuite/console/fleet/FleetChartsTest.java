package dev.opsuite.console.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.opsuite.console.fleet.FleetViews.Expense;
import dev.opsuite.console.fleet.FleetViews.Expiring;
import dev.opsuite.console.web.BarChart;
import dev.opsuite.console.web.BarChart.Bar;

class FleetChartsTest {

    private static Expiring due(long daysLeft) {
        return new Expiring(UUID.randomUUID(), "VEHICLE", UUID.randomUUID(), "1AB", "INSURANCE", "N", null,
                LocalDate.now().plusDays(daysLeft), daysLeft, daysLeft < 0 ? "EXPIRED" : "EXPIRING");
    }

    @Test
    void documents_fall_into_weeks_from_today_with_expired_first_and_empty_weeks_shown() {
        BarChart chart = FleetCharts.expiringByWeek(List.of(due(-40), due(-1), due(0), due(6), due(7), due(20), due(30)), 28);

        assertThat(chart.bars()).extracting(Bar::label, Bar::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("expired", "2"),
                org.assertj.core.groups.Tuple.tuple("0–6 days", "2"),
                org.assertj.core.groups.Tuple.tuple("7–13 days", "1"),
                org.assertj.core.groups.Tuple.tuple("14–20 days", "1"),
                org.assertj.core.groups.Tuple.tuple("21–27 days", "1"));
    }

    @Test
    void every_vehicle_status_is_a_bar_even_at_zero() {
        BarChart chart = FleetCharts.vehiclesByStatus(Map.of("ACTIVE", 3L, "IN_REPAIR", 1L));

        assertThat(chart.bars()).extracting(Bar::label, Bar::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("active", "3"),
                org.assertj.core.groups.Tuple.tuple("in service", "0"),
                org.assertj.core.groups.Tuple.tuple("in repair", "1"),
                org.assertj.core.groups.Tuple.tuple("out of service", "0"));
    }

    @Test
    void costs_per_vehicle_sum_the_gross_of_one_currency_largest_first() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        List<Expense> expenses = List.of(expense(a, "CZK", "3500"), expense(b, "CZK", "48000"), expense(a, "CZK", "1000.5"),
                expense(b, "EUR", "500"));

        BarChart chart = FleetCharts.costsPerVehicle(expenses, "CZK", id -> id.equals(a) ? "VEH-A" : "VEH-B");

        assertThat(chart.bars()).extracting(Bar::label, Bar::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("VEH-B", "CZK 48,000.00"),
                org.assertj.core.groups.Tuple.tuple("VEH-A", "CZK 4,500.50"));
    }

    @Test
    void a_vehicles_year_by_category_largest_first() {
        FleetViews.VehicleCurrencyTotal czk = new FleetViews.VehicleCurrencyTotal("CZK", null, null, new BigDecimal("51500"), 2,
                List.of(new FleetViews.CategoryTotal("INTERNAL_SERVICE", null, null, new BigDecimal("3500"), 1),
                        new FleetViews.CategoryTotal("REPAIR", null, null, new BigDecimal("48000"), 1)));

        assertThat(FleetCharts.byCategory(czk).bars()).extracting(Bar::label, Bar::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("repair", "CZK 48,000.00"),
                org.assertj.core.groups.Tuple.tuple("internal service", "CZK 3,500.00"));
    }

    private static Expense expense(UUID vehicle, String currency, String gross) {
        return new Expense(UUID.randomUUID(), vehicle, "FUEL", "Diesel", LocalDate.now(), currency, "STANDARD",
                new BigDecimal(gross), BigDecimal.ZERO, new BigDecimal(gross), null);
    }
}
