package dev.opsuite.console.technician;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/** One of the technician's jobs as {@code /my/jobs} answers it (the fields the technician's pages show). */
public record MyJob(UUID id, UUID customerId, UUID locationId, String title, String trade, int skillLevel,
        long expectedMinutes, String status, Assignment assignment, Diagnosis diagnosis, List<Labor> labor,
        List<PartUsed> partsUsed, Instant blockedSince, String waitingFor, long version) {

    public record Assignment(UUID technicianId, Instant start, Instant end) {
    }

    public record Diagnosis(String findings, String cause) {
    }

    public record Labor(UUID id, String technicianUserId, Instant start, Instant end, BigDecimal hours, String rateClass) {

        public String hoursText() {
            return plain(hours);
        }
    }

    public record PartUsed(UUID id, UUID partId, String sku, BigDecimal quantity, UUID truckLocationId) {

        public String quantityText() {
            return plain(quantity);
        }
    }

    /** A number as a person writes it: 1.5, not 1.500. */
    public static String plain(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }

    public MyJob {
        labor = labor == null ? List.of() : List.copyOf(labor);
        partsUsed = partsUsed == null ? List.of() : List.copyOf(partsUsed);
    }

    public boolean scheduled() {
        return "SCHEDULED".equals(status);
    }

    public boolean inProgress() {
        return "IN_PROGRESS".equals(status);
    }

    /** Work can still be recorded or the job blocked: scheduled or started. */
    public boolean open() {
        return scheduled() || inProgress();
    }

    /** Whether the job page shows the form of this section now: work while in progress, waiting while open. */
    public boolean shows(String section) {
        return switch (section) {
            case "diagnosis", "labor", "parts" -> inProgress();
            case "waiting" -> open();
            default -> true;
        };
    }

    /** The status as the technician reads it: "In progress", "Waiting on parts". */
    public String statusText() {
        String s = status.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The badge colour of the status (console.css: ok, warn, bad). */
    public String statusTone() {
        return switch (status) {
            case "COMPLETED" -> "ok";
            case "IN_PROGRESS" -> "warn";
            case "WAITING_ON_PARTS", "CANCELLED" -> "bad";
            default -> "";
        };
    }

    /** What the technician does next with this job. */
    public String nextAction() {
        return switch (status) {
            case "SCHEDULED" -> "Start the job on site";
            case "IN_PROGRESS" -> "Diagnose, log labor and parts, complete";
            case "WAITING_ON_PARTS" -> "Waiting on parts" + (waitingFor == null ? "" : ": " + waitingFor);
            case "COMPLETED" -> "Done";
            default -> statusText();
        };
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    /** The appointment's window, e.g. "09:00–10:00 UTC" (the services' days are UTC days). */
    public String window() {
        return assignment == null || assignment.start() == null ? "Not scheduled"
                : TIME.format(assignment.start()) + "–" + TIME.format(assignment.end()) + " UTC";
    }

    /** The day of the appointment (the queue it is on), today when none. */
    public LocalDate day() {
        return assignment == null || assignment.start() == null ? LocalDate.now(ZoneOffset.UTC)
                : LocalDate.ofInstant(assignment.start(), ZoneOffset.UTC);
    }

    public String laborHours() {
        return plain(labor.stream().map(Labor::hours).filter(h -> h != null).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
