package dev.opsuite.fleet.service.application.service;

import dev.opsuite.fleet.kernel.VehicleStatus;
import dev.opsuite.fleet.service.domain.ServiceRule;
import dev.opsuite.fleet.service.domain.ServicedVehicle;
import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery;
import dev.opsuite.fleet.vehicles.domain.OdometerReading;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import java.util.HashMap;
import dev.opsuite.fleet.service.application.port.out.ServiceRuleStore;
import dev.opsuite.fleet.service.domain.DailyDistance;
import dev.opsuite.fleet.service.domain.ServiceAlert;
import dev.opsuite.fleet.service.domain.ServiceDuePolicy;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Computes "service due" alerts on request, from the rules, the vehicles' mileage and their odometer
 * readings of the last {@code forecast-window-days}; nothing is stored, so an alert is never stale.
 */
@ApplicationScoped
class ServiceAlerts {

    /** Most urgent first: OVERDUE, then the earliest expected day (unknown last), then the fewest km left, then the plate. */
    static final Comparator<ServiceAlert> URGENCY = Comparator
            .comparing((ServiceAlert a) -> a.status() != ServiceAlert.Status.OVERDUE)
            .thenComparing(ServiceAlert::expectedDueOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ServiceAlert::remainingKm, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ServiceAlert::registrationNumber)
            .thenComparing(ServiceAlert::serviceRuleId);

    private final ServiceRuleStore rules;
    private final FindVehiclesQuery vehicles;
    private final Clock clock;
    private final ServiceDuePolicy.Lead lead;
    private final Duration window;

    ServiceAlerts(ServiceRuleStore rules, FindVehiclesQuery vehicles, Clock clock,
            @ConfigProperty(name = "opsuite.fleet.service-alerts.lead-km", defaultValue = "5000") long leadKm,
            @ConfigProperty(name = "opsuite.fleet.service-alerts.lead-days", defaultValue = "30") int leadDays,
            @ConfigProperty(name = "opsuite.fleet.service-alerts.forecast-window-days", defaultValue = "30") int windowDays) {
        this.rules = rules;
        this.vehicles = vehicles;
        this.clock = clock;
        this.lead = new ServiceDuePolicy.Lead(leadKm, leadDays);
        this.window = Duration.ofDays(windowDays);
    }

    /** The alerts of one vehicle, or of all when {@code vehicleId} is null, most urgent first. */
    Uni<List<ServiceAlert>> of(String tenantId, UUID vehicleId) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return rules.active(tenantId, vehicleId).chain(active -> {
            if (active.isEmpty()) {
                return Uni.createFrom().item(List.<ServiceAlert>of());
            }
            List<UUID> ids = active.stream().map(ServiceRule::vehicleId).distinct().toList();
            return vehicles.findAll(tenantId, ids).chain(found -> {
                // A vehicle out of service needs no service.
                Map<UUID, Vehicle> inUse = new HashMap<>(found);
                inUse.values().removeIf(v -> v.status() == VehicleStatus.OUT_OF_SERVICE);
                if (inUse.isEmpty()) {
                    return Uni.createFrom().item(List.<ServiceAlert>of());
                }
                return vehicles.readingWindows(tenantId, inUse.keySet(), now.minus(window), now).map(readings -> active.stream()
                        .filter(rule -> inUse.containsKey(rule.vehicleId()))
                        .map(rule -> ServiceDuePolicy.alert(rule, serviced(inUse.get(rule.vehicleId())),
                                daily(readings, rule.vehicleId()), today, lead))
                        .flatMap(Optional::stream)
                        .sorted(URGENCY)
                        .toList());
            });
        });
    }

    private static ServicedVehicle serviced(Vehicle v) {
        return new ServicedVehicle(v.id(), v.registrationNumber(), v.odometerKm());
    }

    private static java.math.BigDecimal daily(Map<UUID, OdometerReading.Window> readings, UUID vehicleId) {
        OdometerReading.Window w = readings.get(vehicleId);
        return w == null ? null : DailyDistance.of(new DailyDistance.Window(w.firstKm(), w.firstReadAt(), w.lastKm(),
                w.lastReadAt())).orElse(null);
    }
}
