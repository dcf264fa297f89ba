package dev.opsuite.console.fleet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import dev.opsuite.console.fleet.FleetViews.Expense;
import dev.opsuite.console.fleet.FleetViews.Expiring;
import dev.opsuite.console.web.BarChart;
import dev.opsuite.console.web.BarChart.Bar;

/** The fleet's figures as bar charts, where people would rather look than read. */
public final class FleetCharts {

    static final List<String> VEHICLE_STATUSES = List.of("ACTIVE", "IN_SERVICE", "IN_REPAIR", "OUT_OF_SERVICE");

    private FleetCharts() {
    }

    /** Vehicles per status, every status shown (0 too), in the service's order. */
    public static BarChart vehiclesByStatus(Map<String, Long> byStatus) {
        List<Bar> bars = new ArrayList<>();
        for (String status : VEHICLE_STATUSES) {
            long n = byStatus == null ? 0 : byStatus.getOrDefault(status, 0L);
            bars.add(new Bar(FleetText.words(status), BigDecimal.valueOf(n), String.valueOf(n)));
        }
        return new BarChart("Vehicles by status", bars);
    }

    /**
     * Documents to renew per week from today: "expired" first, then "0–6 days", "7–13 days", ... up to
     * {@code withinDays}; empty weeks are shown too, so the shape of the coming weeks is visible.
     */
    public static BarChart expiringByWeek(List<Expiring> documents, int withinDays) {
        int weeks = Math.max(1, (withinDays + 6) / 7);
        long[] counts = new long[weeks + 1];
        for (Expiring d : documents) {
            if (d.daysLeft() < 0) {
                counts[0]++;
            } else {
                counts[Math.min(weeks, (int) (d.daysLeft() / 7) + 1)]++;
            }
        }
        List<Bar> bars = new ArrayList<>();
        bars.add(new Bar("expired", BigDecimal.valueOf(counts[0]), String.valueOf(counts[0])));
        for (int w = 1; w <= weeks; w++) {
            int from = (w - 1) * 7;
            String label = from + "–" + (from + 6) + " days";
            bars.add(new Bar(label, BigDecimal.valueOf(counts[w]), String.valueOf(counts[w])));
        }
        return new BarChart("Documents to renew, by week", bars);
    }

    /** One vehicle's gross cost in one currency per category, largest first. */
    public static BarChart byCategory(FleetViews.VehicleCurrencyTotal total) {
        List<Bar> bars = total.byCategory().stream()
                .sorted((a, b) -> b.gross().compareTo(a.gross()))
                .map(c -> new Bar(FleetText.words(c.category()), c.gross(),
                        String.format(Locale.US, "%s %,.2f", total.currency(), c.gross())))
                .toList();
        return new BarChart("By category (" + total.currency() + ", gross)", bars);
    }

    /** Gross expenses per vehicle in one currency, largest first; {@code label} names a vehicle by its id. */
    public static BarChart costsPerVehicle(List<Expense> expenses, String currency, Function<UUID, String> label) {
        Map<UUID, BigDecimal> totals = new LinkedHashMap<>();
        for (Expense e : expenses) {
            if (currency.equals(e.currency()) && e.gross() != null) {
                totals.merge(e.vehicleId(), e.gross(), BigDecimal::add);
            }
        }
        List<Bar> bars = totals.entrySet().stream()
                .sorted(Map.Entry.<UUID, BigDecimal>comparingByValue().reversed())
                .map(t -> new Bar(label.apply(t.getKey()), t.getValue(),
                        String.format(Locale.US, "%s %,.2f", currency, t.getValue())))
                .toList();
        return new BarChart("Costs per vehicle (" + currency + ", gross)", bars);
    }
}
