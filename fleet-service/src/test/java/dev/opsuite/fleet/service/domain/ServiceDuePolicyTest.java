package dev.opsuite.fleet.service.domain;

import dev.opsuite.fleet.kernel.OdometerPolicy;
import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.fleet.kernel.VehicleStatus;
import dev.opsuite.fleet.vehicles.domain.Vehicle;

import static dev.opsuite.fleet.testing.Results.accepted;
import static dev.opsuite.fleet.testing.Results.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ServiceDuePolicyTest {

    static final LocalDate TODAY = LocalDate.parse("2025-10-29");
    static final Instant NOW = Instant.parse("2025-10-29T08:00:00Z");
    static final ServiceDuePolicy.Lead LEAD = new ServiceDuePolicy.Lead(5_000, 30);

    @Test
    void seed_scenario_1_at_95000_km_a_rule_every_100000_km_says_service_due_at_100000_km() {
        var alert = ServiceDuePolicy.alert(rule(100_000L, null, null, null), vehicleAt(95_000), null, TODAY, LEAD).orElseThrow();

        assertThat(alert.message()).isEqualTo("Service due at 100,000 km");
        assertThat(alert.status()).isEqualTo(ServiceAlert.Status.DUE_SOON);
        assertThat(alert.dueAtKm()).isEqualTo(100_000L);
        assertThat(alert.currentKm()).isEqualTo(95_000);
        assertThat(alert.remainingKm()).isEqualTo(5_000L);
        assertThat(alert.forecastDueOn()).isNull();
        assertThat(alert.expectedDueOn()).isNull();
        assertThat(alert.registrationNumber()).isEqualTo("1AB 0045");
    }

    @Test
    void below_the_km_lead_no_alert_and_past_the_limit_it_is_overdue() {
        assertThat(ServiceDuePolicy.alert(rule(100_000L, null, null, null), vehicleAt(94_999), null, TODAY, LEAD)).isEmpty();

        var overdue = ServiceDuePolicy.alert(rule(100_000L, null, null, null), vehicleAt(100_000), null, TODAY, LEAD).orElseThrow();
        assertThat(overdue.status()).isEqualTo(ServiceAlert.Status.OVERDUE);
        assertThat(overdue.remainingKm()).isZero();
        assertThat(overdue.message()).isEqualTo("Service overdue: due at 100,000 km");
    }

    @Test
    void the_daily_distance_forecasts_the_day_and_raises_the_alert_within_30_days() {
        // 20,000 km to go at 800 km a day: 25 days, within the 30-day lead although far beyond 5,000 km.
        var alert = ServiceDuePolicy.alert(rule(100_000L, null, null, null), vehicleAt(80_000), new BigDecimal("800.0"), TODAY, LEAD)
                .orElseThrow();
        assertThat(alert.forecastDueOn()).isEqualTo(TODAY.plusDays(25));
        assertThat(alert.expectedDueOn()).isEqualTo(TODAY.plusDays(25));
        assertThat(alert.averageDailyKm()).isEqualTo(new BigDecimal("800.0"));

        // 20,000 km at 600 km a day: ceil(33.3) = 34 days, beyond the lead: no alert.
        assertThat(ServiceDuePolicy.alert(rule(100_000L, null, null, null), vehicleAt(80_000), new BigDecimal("600.0"), TODAY, LEAD))
                .isEmpty();
        assertThat(ServiceDuePolicy.forecast(20_000L, new BigDecimal("600.0"), TODAY)).isEqualTo(TODAY.plusDays(34));
        assertThat(ServiceDuePolicy.forecast(-5L, new BigDecimal("600.0"), TODAY)).isEqualTo(TODAY);
        assertThat(ServiceDuePolicy.forecast(100L, BigDecimal.ZERO, TODAY)).isNull();
    }

    @Test
    void a_rule_by_months_is_due_30_days_ahead_and_overdue_on_the_day() {
        ServiceRule yearly = rule(null, 12, 0L, LocalDate.parse("2024-11-20"));
        assertThat(yearly.dueOn()).isEqualTo(LocalDate.parse("2025-11-20"));

        var alert = ServiceDuePolicy.alert(yearly, vehicleAt(10), null, TODAY, LEAD).orElseThrow();
        assertThat(alert.message()).isEqualTo("Service due on 2025-11-20");
        assertThat(alert.status()).isEqualTo(ServiceAlert.Status.DUE_SOON);
        assertThat(alert.dueAtKm()).isNull();
        assertThat(alert.remainingKm()).isNull();
        assertThat(alert.expectedDueOn()).isEqualTo(LocalDate.parse("2025-11-20"));

        assertThat(ServiceDuePolicy.alert(yearly, vehicleAt(10), null, LocalDate.parse("2025-10-20"), LEAD)).isEmpty();
        assertThat(ServiceDuePolicy.alert(yearly, vehicleAt(10), null, LocalDate.parse("2025-11-20"), LEAD).orElseThrow().status())
                .isEqualTo(ServiceAlert.Status.OVERDUE);
    }

    @Test
    void km_and_months_whichever_comes_first() {
        ServiceRule both = rule(30_000L, 12, 70_000L, LocalDate.parse("2025-01-15"));
        var alert = ServiceDuePolicy.alert(both, vehicleAt(96_000), new BigDecimal("100.0"), TODAY, LEAD).orElseThrow();

        assertThat(alert.message()).isEqualTo("Service due at 100,000 km or on 2026-01-15, whichever comes first");
        assertThat(alert.forecastDueOn()).isEqualTo(TODAY.plusDays(40));
        assertThat(alert.expectedDueOn()).isEqualTo(LocalDate.parse("2025-12-08"));
    }

    @Test
    void a_completed_service_starts_the_rule_again_and_a_retired_rule_is_silent() {
        ServiceRule r = rule(100_000L, 12, null, null);
        r.serviced(95_120, LocalDate.parse("2025-11-05"), "mechanic", NOW);
        assertThat(r.dueAtKm()).isEqualTo(195_120L);
        assertThat(r.dueOn()).isEqualTo(LocalDate.parse("2026-11-05"));
        assertThat(ServiceDuePolicy.alert(r, vehicleAt(95_120), null, LocalDate.parse("2025-11-05"), LEAD)).isEmpty();

        ServiceRule retired = rule(100_000L, null, null, null);
        accepted(retired.retire("manager", NOW));
        assertThat(ServiceDuePolicy.alert(retired, vehicleAt(99_000), null, TODAY, LEAD)).isEmpty();
        assertThat(rejected(retired.retire("manager", NOW)).code()).isEqualTo("service-rule-retired");
    }

    @Test
    void a_rule_needs_an_interval() {
        var r = rejected(ServiceRule.define(UUID.randomUUID(), "acme", new ServiceRule.Definition(UUID.randomUUID(), "Oil",
                null, null, null, null), TODAY, "m", NOW));
        assertThat(r.code()).isEqualTo("interval-required");
        assertThat(r.field()).isEqualTo("intervalKm");
        assertThat(rejected(ServiceRule.define(UUID.randomUUID(), "acme", new ServiceRule.Definition(UUID.randomUUID(), "Oil",
                1000L, 0, null, null), TODAY, "m", NOW)).field()).isEqualTo("intervalMonths");
        assertThat(rejected(ServiceRule.define(UUID.randomUUID(), "acme", new ServiceRule.Definition(UUID.randomUUID(), "Oil",
                1000L, null, null, TODAY.plusDays(1)), TODAY, "m", NOW)).field()).isEqualTo("lastServiceOn");
    }

    @Test
    void intervals_and_the_last_mileage_are_bounded_so_the_due_mileage_and_day_always_exist() {
        var km = rejected(ServiceRule.define(UUID.randomUUID(), "acme", new ServiceRule.Definition(UUID.randomUUID(), "Oil",
                ServiceRule.MAX_INTERVAL_KM + 1, null, null, null), TODAY, "m", NOW));
        assertThat(km.code()).isEqualTo("invalid-interval");
        assertThat(km.field()).isEqualTo("intervalKm");
        assertThat(rejected(ServiceRule.define(UUID.randomUUID(), "acme", new ServiceRule.Definition(UUID.randomUUID(), "Oil",
                null, Integer.MAX_VALUE, null, null), TODAY, "m", NOW)).field()).isEqualTo("intervalMonths");
        assertThat(rejected(ServiceRule.define(UUID.randomUUID(), "acme", new ServiceRule.Definition(UUID.randomUUID(), "Oil",
                1000L, null, Long.MAX_VALUE, null), TODAY, "m", NOW)).field()).isEqualTo("lastServiceKm");

        ServiceRule longest = rule(ServiceRule.MAX_INTERVAL_KM, ServiceRule.MAX_INTERVAL_MONTHS, OdometerPolicy.MAX_KM, TODAY);
        assertThat(longest.dueAtKm()).isEqualTo(OdometerPolicy.MAX_KM + ServiceRule.MAX_INTERVAL_KM);
        assertThat(longest.dueOn()).isEqualTo(TODAY.plusYears(10));
    }

    @Test
    void a_forecast_more_than_a_century_ahead_is_no_forecast() {
        assertThat(ServiceDuePolicy.forecast(3_652_500L, new BigDecimal("100.0"), TODAY)).isEqualTo(TODAY.plusDays(36_525));
        assertThat(ServiceDuePolicy.forecast(3_652_600L, new BigDecimal("100.0"), TODAY)).isNull();
        // A mileage of a vehicle recorded before the odometer was bounded: no exception, no date past the calendar.
        assertThat(ServiceDuePolicy.forecast(Long.MAX_VALUE, new BigDecimal("0.1"), TODAY)).isNull();
    }

    @Test
    void the_daily_distance_is_km_over_exact_days_between_the_first_and_last_reading_of_the_window() {
        Instant first = Instant.parse("2025-10-01T08:00:00Z");
        assertThat(DailyDistance.of(new DailyDistance.Window(90_000, first, 93_000, first.plusSeconds(10 * 86_400))))
                .contains(new BigDecimal("300.0"));
        // 1,000 km in 3 days and 12 hours: 285.714... -> 285.7
        assertThat(DailyDistance.of(new DailyDistance.Window(0, first, 1_000, first.plusSeconds(3 * 86_400 + 12 * 3_600))))
                .contains(new BigDecimal("285.7"));
        assertThat(DailyDistance.of(new DailyDistance.Window(0, first, 500, first.plusSeconds(23 * 3_600)))).isEmpty();
        assertThat(DailyDistance.of(new DailyDistance.Window(0, first, 0, first))).isEmpty();
        assertThat(DailyDistance.of(null)).isEmpty();
    }

    private static ServiceRule rule(Long km, Integer months, Long lastKm, LocalDate lastOn) {
        return accepted(ServiceRule.define(UUID.randomUUID(), "acme", new ServiceRule.Definition(UUID.randomUUID(),
                "Regular service", km, months, lastKm, lastOn), TODAY, "manager", NOW));
    }

    private static ServicedVehicle vehicleAt(long km) {
        return new ServicedVehicle(UUID.randomUUID(), "1AB 0045", km);
    }
}
