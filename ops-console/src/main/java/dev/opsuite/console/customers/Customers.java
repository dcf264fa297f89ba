package dev.opsuite.console.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the CSR's screens show of field-service's answers (the fields shown; others are ignored). */
public final class Customers {

    private Customers() {
    }

    public record Address(String line1, String city, String postalCode) {

        public String oneLine() {
            return line1 + ", " + city + " " + postalCode;
        }
    }

    public record Customer(UUID id, String name, String phone, String email, Address serviceAddress, Instant createdAt) {
    }

    public record Place(UUID id, String label, Address address, String accessNotes) {
    }

    public record Window(Instant from, Instant to) {
    }

    public record CallbackLink(UUID jobId, UUID technicianId, Instant completedAt, long daysAfter) {
    }

    public record ServiceCall(UUID id, String number, UUID customerId, UUID locationId, String problem, String urgency,
            Window preferredWindow, boolean callback, UUID callbackOf, CallbackLink callbackOfJob, String status,
            Instant createdAt) {
    }

    public record Job(UUID id, UUID serviceCallId, String title, String trade, int skillLevel, long expectedMinutes,
            String status, Instant createdAt) {
    }

    public record StatusChange(UUID jobId, String from, String to, String why, String by, Instant at) {
    }

    public record Change(String recordType, UUID recordId, String action, long version, String by, Instant at) {
    }

    public record Invoice(UUID jobId, String invoiceNumber, int version, String status, BigDecimal total, String currency,
            Instant at) {
    }

    public record History(List<StatusChange> statusChanges, List<Change> changes, List<Invoice> invoices) {

        public History {
            statusChanges = statusChanges == null ? List.of() : statusChanges;
            changes = changes == null ? List.of() : changes;
            invoices = invoices == null ? List.of() : invoices;
        }

        /** The customer's service calls, oldest first: the history names every call made for them. */
        public List<UUID> serviceCallIds() {
            return changes.stream().filter(c -> "service-call".equals(c.recordType()) && "CREATED".equals(c.action()))
                    .map(Change::recordId).distinct().toList();
        }
    }

    /** A call with its jobs, as the customer's page lists them. */
    public record CallWithJobs(ServiceCall call, List<Job> jobs) {
    }
}
