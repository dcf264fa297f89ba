package dev.opsuite.field.quality.application.port.in;

import dev.opsuite.field.quality.domain.FirstTimeFixReport;
import dev.opsuite.field.quality.domain.Utilization;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The owner's daily dashboard (seed 002) of one UTC day: booked dollars, jobs completed, technician utilization,
 * first-time fix (rolling 30 days to the end of the day), jobs blocked past the SLA, parts used by truck, callbacks per
 * technician.
 */
public interface DailyDashboardQuery {

    record CompletedJob(UUID jobId, UUID technicianId, Instant completedAt) {
    }

    /** The work completed that day as it was priced on completion (tax included), per currency, and how many jobs. */
    record BookedDollars(String currency, BigDecimal amount, long jobs) {
    }

    record TechnicianUtilization(UUID technicianId, String name, Utilization utilization) {
    }

    record BlockedJob(UUID jobId, String title, String reason, Instant since, long ageDays, long ageHours,
            UUID technicianId) {
    }

    /** {@code technicianId}: whose truck the location is, when one is. */
    record PartsUsed(UUID truckLocationId, UUID technicianId, UUID productId, BigDecimal quantity) {
    }

    record TechnicianCallbacks(UUID technicianId, String name, long callbacks) {
    }

    record DailyDashboard(LocalDate date, Instant from, Instant to, List<BookedDollars> bookedDollars,
            List<CompletedJob> jobsCompleted,
            Utilization utilization, List<TechnicianUtilization> utilizationByTechnician, FirstTimeFixReport firstTimeFix,
            List<BlockedJob> blockedPastSla, List<PartsUsed> partsUsedByTruck, List<TechnicianCallbacks> callbacksByTechnician) {
    }

    Uni<DailyDashboard> daily(String tenantId, LocalDate date);
}
