package dev.opsuite.fleet.service.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * "Service due at 100,000 km" (seed 004, scenario 1): a service rule of a vehicle that is due soon or
 * overdue. {@code forecastDueOn} is when the km limit will be reached at the recent daily distance;
 * {@code expectedDueOn} is the earlier of it and the calendar's {@code dueOn}.
 */
public record ServiceAlert(UUID serviceRuleId, String ruleName, UUID vehicleId, String registrationNumber,
        Status status, String message, Long dueAtKm, long currentKm, Long remainingKm, LocalDate dueOn,
        BigDecimal averageDailyKm, LocalDate forecastDueOn, LocalDate expectedDueOn) {

    public enum Status {
        DUE_SOON, OVERDUE
    }
}
