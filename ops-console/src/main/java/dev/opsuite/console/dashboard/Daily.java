package dev.opsuite.console.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The owner's daily dashboard as field-service answers it (GET /dashboard/daily), the parts the page shows. */
public final class Daily {

    private Daily() {
    }

    public record Booked(String currency, BigDecimal amount, long jobs) {
    }

    public record Completed(UUID jobId, UUID technicianId, Instant completedAt) {
    }

    public record Utilization(BigDecimal bookedHours, BigDecimal availableHours, BigDecimal percent) {
    }

    public record TechnicianUtilization(UUID technicianId, String name, Utilization utilization) {
    }

    public record FirstTimeFix(long completed, long withCallback, String fraction, BigDecimal percent) {
    }

    public record TechnicianFirstTimeFix(UUID technicianId, String name, FirstTimeFix firstTimeFix) {
    }

    public record FirstTimeFixReport(Instant from, Instant asOf, FirstTimeFix overall,
            List<TechnicianFirstTimeFix> technicians) {
    }

    public record Blocked(UUID jobId, String title, String reason, Instant since, long ageDays, long ageHours,
            UUID technicianId) {
    }

    public record PartsUsed(UUID truckLocationId, UUID technicianId, UUID productId, BigDecimal quantity) {
    }

    public record TechnicianCallbacks(UUID technicianId, String name, long callbacks) {
    }

    public record Dashboard(LocalDate date, Instant from, Instant to, List<Booked> bookedDollars,
            List<Completed> jobsCompleted, Utilization utilization, List<TechnicianUtilization> utilizationByTechnician,
            FirstTimeFixReport firstTimeFix, List<Blocked> blockedPastSla, List<PartsUsed> partsUsedByTruck,
            List<TechnicianCallbacks> callbacksByTechnician) {
    }

    /** A job, for its title. */
    public record Job(UUID id, String title) {
    }
}
