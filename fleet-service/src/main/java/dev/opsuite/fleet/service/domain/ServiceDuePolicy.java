package dev.opsuite.fleet.service.domain;


import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * When a service rule raises its alert, ahead of time by a lead (configurable; 5,000 km and 30 days
 * by default). A rule is due soon when any of these holds:
 * <ul>
 * <li>{@code dueAtKm - currentKm <= leadKm};</li>
 * <li>{@code today >= dueOn - leadDays};</li>
 * <li>the km forecast falls within the lead: {@code forecastDueOn <= today + leadDays}, where
 * {@code forecastDueOn = today + ceil((dueAtKm - currentKm) / averageDailyKm)} (today when already
 * reached), known only when the average daily distance is known and above 0 ({@link DailyDistance}).</li>
 * </ul>
 * It is OVERDUE once the mileage reached {@code dueAtKm} or today is {@code dueOn} or later.
 */
public final class ServiceDuePolicy {

    /** A century: further ahead a forecast is noise, and huge mileages could run past the calendar. */
    static final long MAX_FORECAST_DAYS = 36_525;

    private ServiceDuePolicy() {
    }

    /** How far ahead alerts are raised. */
    public record Lead(long km, int days) {
    }

    public static Optional<ServiceAlert> alert(ServiceRule rule, ServicedVehicle vehicle, BigDecimal averageDailyKm,
            LocalDate today, Lead lead) {
        if (!rule.active()) {
            return Optional.empty();
        }
        long currentKm = vehicle.odometerKm();
        Long dueAtKm = rule.dueAtKm();
        LocalDate dueOn = rule.dueOn();
        Long remainingKm = dueAtKm == null ? null : dueAtKm - currentKm;
        LocalDate forecast = forecast(remainingKm, averageDailyKm, today);
        LocalDate horizon = today.plusDays(lead.days());

        boolean overdue = (remainingKm != null && remainingKm <= 0) || (dueOn != null && !today.isBefore(dueOn));
        boolean soon = (remainingKm != null && remainingKm <= lead.km())
                || (dueOn != null && !horizon.isBefore(dueOn))
                || (forecast != null && !horizon.isBefore(forecast));
        if (!overdue && !soon) {
            return Optional.empty();
        }
        LocalDate expected = dueOn == null ? forecast : forecast == null || dueOn.isBefore(forecast) ? dueOn : forecast;
        ServiceAlert.Status status = overdue ? ServiceAlert.Status.OVERDUE : ServiceAlert.Status.DUE_SOON;
        return Optional.of(new ServiceAlert(rule.id(), rule.name(), vehicle.id(), vehicle.registrationNumber(), status,
                message(status, dueAtKm, dueOn), dueAtKm, currentKm, remainingKm, dueOn, averageDailyKm, forecast, expected));
    }

    /**
     * {@code today + ceil(remainingKm / averageDailyKm)}; today when already reached; null when it cannot be told,
     * which includes more than {@link #MAX_FORECAST_DAYS} ahead (a vehicle crawling 0.1 km a day tells no date).
     */
    static LocalDate forecast(Long remainingKm, BigDecimal averageDailyKm, LocalDate today) {
        if (remainingKm == null || averageDailyKm == null || averageDailyKm.signum() <= 0) {
            return null;
        }
        if (remainingKm <= 0) {
            return today;
        }
        BigDecimal days = BigDecimal.valueOf(remainingKm).divide(averageDailyKm, 0, RoundingMode.CEILING);
        return days.compareTo(BigDecimal.valueOf(MAX_FORECAST_DAYS)) > 0 ? null : today.plusDays(days.longValueExact());
    }

    /** "Service due at 100,000 km", "Service due on 2026-12-01", or both, whichever comes first. */
    static String message(ServiceAlert.Status status, Long dueAtKm, LocalDate dueOn) {
        String when;
        if (dueAtKm != null && dueOn != null) {
            when = "at " + km(dueAtKm) + " or on " + dueOn + ", whichever comes first";
        } else if (dueAtKm != null) {
            when = "at " + km(dueAtKm);
        } else {
            when = "on " + dueOn;
        }
        return (status == ServiceAlert.Status.OVERDUE ? "Service overdue: due " : "Service due ") + when;
    }

    private static String km(long km) {
        return String.format(Locale.ENGLISH, "%,d km", km);
    }
}
