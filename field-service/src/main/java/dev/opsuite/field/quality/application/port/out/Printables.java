package dev.opsuite.field.quality.application.port.out;

import java.util.List;

/** What the documents print, already in words and numbers (times UTC); the templates only lay them out. */
public final class Printables {

    private Printables() {
    }

    public record LaborLine(String when, String hours, String rateClass, String by) {
    }

    public record PartLine(String sku, String quantity, String truck) {
    }

    public record JobSheet(String callNumber, String problem, String urgency, boolean callback, String customerName,
            String customerPhone, String address, String location, String accessNotes, String jobId, String jobTitle,
            String skill, String status, String technician, String appointment, String findings, String cause,
            List<LaborLine> labor, String laborHours, List<PartLine> parts, String printedAt) {
    }

    public record AppointmentLine(String time, String jobTitle, String jobId, String flags) {
    }

    public record Lane(String technician, List<AppointmentLine> appointments) {
    }

    public record ConflictLine(String kind, String technician, String jobTitle) {
    }

    public record JobLine(String jobTitle, String jobId, String detail) {
    }

    /** A titled list of jobs: the unassigned ones, the blocked ones. */
    public record JobList(String title, List<JobLine> jobs) {
    }

    public record DispatchReport(String date, List<Lane> lanes, List<ConflictLine> conflicts, List<JobList> jobLists,
            String printedAt) {
    }

    public record HistoryLine(String at, String job, String change, String why, String by) {
    }

    public record CustomerHistory(String customerName, String customerPhone, String address, List<String> locations,
            List<HistoryLine> lines, String printedAt) {
    }

    public record UsageLine(String at, String jobId, String productId, String quantity, String truck, String by) {
    }

    public record ReservationLine(String at, String jobId, String productId, String quantity, String used,
            String location, String status) {
    }

    public record PartsReport(String from, String to, List<UsageLine> usages, List<ReservationLine> reservations,
            String printedAt) {
    }
}
