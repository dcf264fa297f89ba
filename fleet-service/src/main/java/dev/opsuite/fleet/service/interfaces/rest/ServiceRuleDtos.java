package dev.opsuite.fleet.service.interfaces.rest;

import dev.opsuite.fleet.kernel.OdometerPolicy;
import dev.opsuite.fleet.service.domain.ServiceAlert;
import dev.opsuite.fleet.service.domain.ServiceRule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Request and response bodies of service rules and the alerts they raise. */
final class ServiceRuleDtos {

    private ServiceRuleDtos() {
    }

    record DefineRuleRequest(
            @NotNull UUID vehicleId,
            @NotBlank @Size(max = 200) String name,
            @Min(value = 1, message = "must be positive") @Max(ServiceRule.MAX_INTERVAL_KM) Long intervalKm,
            @Min(value = 1, message = "must be positive") @Max(ServiceRule.MAX_INTERVAL_MONTHS) Integer intervalMonths,
            @Min(value = 0, message = "cannot be negative") @Max(OdometerPolicy.MAX_KM) Long lastServiceKm,
            LocalDate lastServiceOn) {

        ServiceRule.Definition toDomain() {
            return new ServiceRule.Definition(vehicleId, name, intervalKm, intervalMonths, lastServiceKm, lastServiceOn);
        }
    }

    record RuleResponse(UUID id, UUID vehicleId, String name, Long intervalKm, Integer intervalMonths, long lastServiceKm,
            LocalDate lastServiceOn, Long dueAtKm, LocalDate dueOn, boolean active, String createdBy, Instant createdAt,
            String updatedBy, Instant updatedAt, long version) {

        static RuleResponse of(ServiceRule r) {
            return new RuleResponse(r.id(), r.vehicleId(), r.name(), r.intervalKm(), r.intervalMonths(), r.lastServiceKm(),
                    r.lastServiceOn(), r.dueAtKm(), r.dueOn(), r.active(), r.createdBy(), r.createdAt(), r.updatedBy(),
                    r.updatedAt(), r.version());
        }
    }

    record AlertResponse(UUID serviceRuleId, String ruleName, UUID vehicleId, String registrationNumber, String status,
            String message, Long dueAtKm, long currentKm, Long remainingKm, LocalDate dueOn, BigDecimal averageDailyKm,
            LocalDate forecastDueOn, LocalDate expectedDueOn) {

        static AlertResponse of(ServiceAlert a) {
            return new AlertResponse(a.serviceRuleId(), a.ruleName(), a.vehicleId(), a.registrationNumber(), a.status().name(),
                    a.message(), a.dueAtKm(), a.currentKm(), a.remainingKm(), a.dueOn(), a.averageDailyKm(),
                    a.forecastDueOn(), a.expectedDueOn());
        }
    }
}
