package dev.opsuite.console.dispatches;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the dispatch screens show of the services' answers (unknown fields are ignored). Status names are the
 * service's: PENDING, DRAFT, SCHEDULED, DISPATCHED, COMPLETED, CLOSED, CANCELLED.
 */
public final class DispatchViews {

    private DispatchViews() {
    }

    /** A row of seed 000's table. */
    public record DispatchRow(UUID id, String dispatchId, UUID tripTicketId, UUID unit, Instant datetime, int invoiceCount,
            String status, String createdBy, Instant dateCreated) {

        public List<Lifecycle.Step> steps() {
            return Lifecycle.quickSteps(status);
        }

        public String badge() {
            return Lifecycle.badge(status);
        }
    }

    public record Window(Instant from, Instant to) {
    }

    public record Money(BigDecimal amount, String currency) {
    }

    public record Delivery(String recipientName, Instant receivedAt, boolean proofAttached) {
    }

    public record Cancellation(String reason, String cancelledBy, Instant cancelledAt) {
    }

    public record TripTicket(UUID id, String number, String driverNumber, String registrationNumber, Instant plannedFrom,
            Instant plannedTo, String orderReference, String status) {
    }

    public record AttachedInvoice(UUID id, String invoiceNumber, UUID salesOrderId, String salesOrderNumber,
            UUID customerId, String customerName, Money amount, String status, String attachedBy, Instant attachedAt) {

        /** A processed invoice stays on its dispatch (the service refuses to detach it). */
        public boolean detachable() {
            return !"PROCESSED".equals(status);
        }
    }

    public record Change(String from, String to, String by, Instant at) {
    }

    /** The detail: the dispatch, its trip ticket, its invoices and its history; {@code version} is its ETag. */
    public record DispatchDetail(UUID id, String dispatchId, UUID tripTicketId, String tripTicketNumber, Instant datetime,
            UUID unit, Window window, String status, int invoiceCount, Instant departedAt, Delivery delivery,
            Cancellation cancellation, String createdBy, Instant dateCreated, String updatedBy, Instant updatedAt,
            long version, TripTicket tripTicket, List<AttachedInvoice> invoices, List<Change> history) {

        public DispatchDetail {
            invoices = invoices == null ? List.of() : invoices;
            history = history == null ? List.of() : history;
        }

        public String ifMatch() {
            return Lifecycle.ifMatch(version);
        }

        public List<Lifecycle.Step> steps() {
            return Lifecycle.quickSteps(status);
        }

        public String badge() {
            return Lifecycle.badge(status);
        }

        public boolean editable() {
            return Lifecycle.editable(status);
        }

        public boolean invoicesOpen() {
            return Lifecycle.invoicesOpen(status);
        }

        public boolean completable() {
            return "DISPATCHED".equals(status);
        }

        public boolean cancellable() {
            return Lifecycle.cancellable(status);
        }

        public boolean hasInvoice(UUID invoiceId) {
            return invoices.stream().anyMatch(i -> i.id().equals(invoiceId));
        }
    }

    /** dispatch-service's copy of a trip ticket, for the create form's choice. */
    public record TicketOption(UUID id, String number, String registrationNumber, String driverNumber, UUID unit,
            Instant plannedFrom, Instant plannedTo, String orderReference, String status) {
    }

    /** dispatch-service's copy of a unit (ids only): the fallback when fleet does not name the units to this role. */
    public record UnitCopy(UUID id, boolean readyForOrder) {
    }

    public record Member(UUID id, String name, String employeeNumber, String registrationNumber) {
    }

    /** fleet-service's unit with its members' names. */
    public record FleetUnit(UUID id, boolean readyForOrder, Member driver, Member vehicle, Member trailer) {

        public String label() {
            StringBuilder label = new StringBuilder();
            if (vehicle != null) {
                label.append(vehicle.registrationNumber());
            }
            if (trailer != null) {
                label.append(" + ").append(trailer.registrationNumber());
            }
            if (driver != null) {
                label.append(" · ").append(driver.name());
            }
            return label.isEmpty() ? Lifecycle.shortId(id) : label.toString();
        }
    }

    /** dispatch-service's copy of an issued invoice, to attach. */
    public record InvoiceOption(UUID id, String invoiceNumber, UUID salesOrderId, String salesOrderNumber, UUID customerId,
            String customerName, Money total, Instant issuedAt, String status) {
    }

    public record InvoiceRequest(UUID id, UUID salesOrderId, String status, UUID invoiceId, boolean attached, String reason,
            String detail, String requestedBy, Instant requestedAt) {
    }

    public record OrderLine(UUID id, String description, BigDecimal quantity, BigDecimal remaining) {
    }

    public record SalesOrder(UUID id, String orderNumber, String customerName, String status, List<OrderLine> lines) {

        public SalesOrder {
            lines = lines == null ? List.of() : lines;
        }
    }

    /** One choice of a select: its value and what the user reads. */
    public record Option(String value, String label) {
    }
}
