package dev.opsuite.console.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the truck inventory screen shows of field-service's answers. */
public final class Stock {

    private Stock() {
    }

    /** field-service wraps some lists: {@code {items: [...]}}. */
    public record Items<T>(List<T> items) {

        public Items {
            items = items == null ? List.of() : items;
        }
    }

    public record Truck(UUID vehicleId, UUID truckLocationId) {
    }

    public record Technician(UUID id, String name, Truck truck) {

        public boolean drives() {
            return truck != null && truck.truckLocationId() != null;
        }
    }

    /** A truck to pick: its stock location and who drives it. */
    public record TruckChoice(UUID locationId, String label) {
    }

    public record Level(UUID productId, BigDecimal onHand, BigDecimal reserved, BigDecimal available, BigDecimal unitCost,
            String currency, Instant asOf) {
    }

    public record Reservation(UUID id, UUID jobId, UUID technicianId, UUID productId, BigDecimal quantity,
            UUID locationId, String status, BigDecimal used, String rejectionReason, BigDecimal available, String detail,
            Instant answeredAt, String cancelReason, String cancelledBy, Instant cancelledAt, String createdBy,
            Instant createdAt) {

        /** Only what inventory may still hold can be given back (REQUESTED, CONFIRMED). */
        public boolean cancellable() {
            return "REQUESTED".equals(status) || "CONFIRMED".equals(status);
        }
    }

    public record Cancel(String reason) {
    }

    public record BlockedJob(UUID jobId, UUID serviceCallId, String title, String status, String reason, Instant since,
            long ageHours, long ageDays, boolean pastSla, String waitingFor, List<String> conflicts, UUID technicianId) {

        public boolean waitingOnParts() {
            return "WAITING_ON_PARTS".equals(reason);
        }

        /** "3 d 4 h", "5 h". */
        public String age() {
            long hours = ageHours - ageDays * 24;
            return ageDays > 0 ? ageDays + " d " + hours + " h" : ageHours + " h";
        }
    }
}
