package dev.opsuite.console.dashboard;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.opsuite.console.web.BarChart;
import dev.opsuite.console.web.BarChart.Bar;

/** The dashboard's numbers as bar charts where bars read better than figures (one bar per currency or technician). */
public record DashboardCharts(BarChart booked, BarChart utilization, BarChart firstTimeFix, BarChart callbacks) {

    public static DashboardCharts of(Daily.Dashboard day) {
        return new DashboardCharts(
                new BarChart("Booked per currency", day.bookedDollars().stream()
                        .map(b -> new Bar(b.currency(), b.amount(), b.currency() + " " + money(b.amount()) + " · "
                                + jobs(b.jobs())))
                        .toList()),
                BarChart.percent("Utilization per technician", day.utilizationByTechnician().stream()
                        .map(t -> new Bar(t.name(), t.utilization().percent(), utilization(t.utilization())))
                        .toList()),
                BarChart.percent("First-time fix per technician (30 days)", day.firstTimeFix().technicians().stream()
                        .map(t -> new Bar(t.name(), t.firstTimeFix().percent(), firstTimeFix(t.firstTimeFix())))
                        .toList()),
                new BarChart("Callbacks per technician (30 days)", day.callbacksByTechnician().stream()
                        .map(t -> new Bar(t.name(), BigDecimal.valueOf(t.callbacks()), String.valueOf(t.callbacks())))
                        .toList()));
    }

    /** "4.2 % (1 h of 23.98 h)"; "no hours available" when the technician had no shift that day. */
    public static String utilization(Daily.Utilization u) {
        if (u.percent() == null) {
            return "no hours available";
        }
        return u.percent().toPlainString() + " % (" + hours(u.bookedHours()) + " h of " + hours(u.availableHours())
                + " h)";
    }

    /** "66.7 % (2 of 3)"; "no job completed" (the service's null, not 100 %). */
    public static String firstTimeFix(Daily.FirstTimeFix f) {
        if (f.percent() == null) {
            return "no job completed";
        }
        return f.percent().toPlainString() + " % (" + (f.completed() - f.withCallback()) + " of " + f.completed() + ")";
    }

    /** The technicians' names by id, from every list of the day that names them. */
    public static Map<UUID, String> technicianNames(Daily.Dashboard day) {
        return day.utilizationByTechnician().stream().collect(Collectors.toMap(Daily.TechnicianUtilization::technicianId,
                Daily.TechnicianUtilization::name, (a, b) -> a));
    }

    private static String jobs(long n) {
        return n == 1 ? "1 job" : n + " jobs";
    }

    private static String hours(BigDecimal h) {
        return h == null ? "0" : h.stripTrailingZeros().toPlainString();
    }

    private static String money(BigDecimal amount) {
        return String.format(java.util.Locale.US, "%,.2f", amount);
    }
}
