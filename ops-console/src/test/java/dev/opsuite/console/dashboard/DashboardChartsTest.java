package dev.opsuite.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.opsuite.console.web.BarChart;

/** The dashboard's charts: what each bar says, and percentages drawn against 100 %, not against the largest. */
class DashboardChartsTest {

    private static final UUID SAM = UUID.randomUUID();
    private static final UUID TOM = UUID.randomUUID();

    private final Daily.Dashboard day = new Daily.Dashboard(LocalDate.of(2026, 12, 7), Instant.EPOCH, Instant.EPOCH,
            List.of(new Daily.Booked("USD", new BigDecimal("333.30"), 3), new Daily.Booked("EUR", new BigDecimal("1200"), 1)),
            List.of(new Daily.Completed(UUID.randomUUID(), SAM, Instant.EPOCH)),
            new Daily.Utilization(new BigDecimal("5"), new BigDecimal("16"), new BigDecimal("31.3")),
            List.of(new Daily.TechnicianUtilization(SAM, "Sam Ortiz", new Daily.Utilization(new BigDecimal("4.00"),
                            new BigDecimal("8.00"), new BigDecimal("50.0"))),
                    new Daily.TechnicianUtilization(TOM, "Tom Hale", new Daily.Utilization(BigDecimal.ONE,
                            new BigDecimal("8.00"), new BigDecimal("12.5")))),
            new Daily.FirstTimeFixReport(Instant.EPOCH, Instant.EPOCH, new Daily.FirstTimeFix(3, 1, "2/3",
                    new BigDecimal("66.7")),
                    List.of(new Daily.TechnicianFirstTimeFix(SAM, "Sam Ortiz", new Daily.FirstTimeFix(3, 1, "2/3",
                                    new BigDecimal("66.7"))),
                            new Daily.TechnicianFirstTimeFix(TOM, "Tom Hale", new Daily.FirstTimeFix(0, 0, null, null)))),
            List.of(), List.of(),
            List.of(new Daily.TechnicianCallbacks(SAM, "Sam Ortiz", 1), new Daily.TechnicianCallbacks(TOM, "Tom Hale", 0)));

    @Test
    void booked_dollars_one_bar_per_currency_with_its_jobs() {
        BarChart booked = DashboardCharts.of(day).booked();

        assertThat(booked.bars()).extracting(BarChart.Bar::text).containsExactly("USD 333.30 · 3 jobs", "EUR 1,200.00 · 1 job");
    }

    @Test
    void percentages_are_drawn_against_a_hundred() {
        BarChart utilization = DashboardCharts.of(day).utilization();

        assertThat(utilization.length(utilization.bars().get(0))).isEqualTo(BarChart.BAR_WIDTH / 2);
        assertThat(utilization.bars().get(1).text()).isEqualTo("12.5 % (1 h of 8 h)");
    }

    @Test
    void no_job_completed_is_said_so_and_not_drawn_as_a_hundred_percent() {
        BarChart firstTimeFix = DashboardCharts.of(day).firstTimeFix();

        assertThat(firstTimeFix.bars()).extracting(BarChart.Bar::text).containsExactly("66.7 % (2 of 3)", "no job completed");
        assertThat(firstTimeFix.length(firstTimeFix.bars().get(1))).isZero();
    }

    @Test
    void callbacks_and_names_per_technician() {
        assertThat(DashboardCharts.of(day).callbacks().bars()).extracting(BarChart.Bar::text).containsExactly("1", "0");
        assertThat(DashboardCharts.technicianNames(day)).containsEntry(SAM, "Sam Ortiz").containsEntry(TOM, "Tom Hale");
    }
}
