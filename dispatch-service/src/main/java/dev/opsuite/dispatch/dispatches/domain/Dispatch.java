package dev.opsuite.dispatch.dispatches.domain;

import dev.opsuite.support.domain.DomainEvent;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A dispatch (seed 000): a transport unit sent out on a trip ticket at a datetime, with the invoices it delivers
 * against. Its human-readable id is {@code number} (DSP-YYYY-NNNNNN); the UUID is its key. Created PENDING without
 * invoices, DRAFT with; scheduled, dispatched, completed with proof of delivery, closed; cancelled before completion.
 * Every change of status is in its history. Deleting is soft.
 */
public final class Dispatch implements Enveloped {

    private Envelope envelope;
    private final String number;
    private Instant datetime;
    private Booking booking;
    private DispatchStatus status;
    private final List<AttachedInvoice> invoices;
    private Instant departedAt;
    private Delivery delivery;
    private boolean proofUploaded;
    private Cancellation cancellation;
    private Deletion deletion;
    private final List<StatusChange> history;

    /** Why and by whom a dispatch was called off. */
    public record Cancellation(String reason, String by, Instant at) {
    }

    /** Who deleted the dispatch and when; it is kept, but no longer shown nor booking anything. */
    public record Deletion(String by, Instant at) {
    }

    /** The transport unit as dispatch knows it from fleet; null when fleet never announced it. */
    public record Unit(UUID id, UUID driverId, UUID vehicleId, UUID trailerId, boolean bookable, List<String> reasons) {
    }

    /** The trip ticket as dispatch knows it from fleet; null when fleet never announced it. */
    public record Ticket(UUID id, String number, UUID driverId, UUID vehicleId, Instant plannedFrom, Instant plannedTo,
            boolean open, String orderReference) {
    }

    /** An invoice as the projection has it, when it is asked to be attached. */
    public record Candidate(UUID invoiceId, String invoiceNumber, UUID salesOrderId, UUID customerId, boolean voided) {
    }

    @SuppressWarnings("java:S107")
    public Dispatch(Envelope envelope, String number, Instant datetime, Booking booking, DispatchStatus status,
            List<AttachedInvoice> invoices, Instant departedAt, Delivery delivery, boolean proofUploaded,
            Cancellation cancellation, Deletion deletion, List<StatusChange> history) {
        this.envelope = envelope;
        this.number = number;
        this.datetime = datetime;
        this.booking = booking;
        this.status = status;
        this.invoices = new ArrayList<>(invoices);
        this.departedAt = departedAt;
        this.delivery = delivery;
        this.proofUploaded = proofUploaded;
        this.cancellation = cancellation;
        this.deletion = deletion;
        this.history = new ArrayList<>(history);
    }

    /**
     * What a dispatch books, when the rules allow it: a unit fleet has announced and that is ready for an order, a trip
     * ticket that is open and issued to that unit's driver and truck, a datetime inside the ticket's planned window and,
     * unless the business allows it, not in the past. The window comes from the business's policy.
     */
    public static Result<Booking> book(Unit unit, UUID unitId, Ticket ticket, UUID ticketId, Instant datetime,
            DispatchPolicy policy, Instant now) {
        if (unit == null) {
            return Result.invalid("unit-not-found", "unit", "Fleet has announced no transport unit " + unitId + ".");
        }
        if (!unit.bookable()) {
            return Result.invalid("unit-not-ready", "unit", "The transport unit is not ready for an order"
                    + (unit.reasons().isEmpty() ? "." : ": " + String.join(", ", unit.reasons()) + "."));
        }
        if (ticket == null) {
            return Result.invalid("trip-ticket-not-found", "tripTicketId", "Fleet has announced no trip ticket " + ticketId + ".");
        }
        if (!ticket.open()) {
            return Result.invalid("trip-ticket-not-open", "tripTicketId", "Trip ticket " + ticket.number()
                    + " is no longer open.");
        }
        if (!Objects.equals(ticket.driverId(), unit.driverId()) || !Objects.equals(ticket.vehicleId(), unit.vehicleId())) {
            return Result.invalid("trip-ticket-of-another-crew", "tripTicketId", "Trip ticket " + ticket.number()
                    + " was issued to another driver or vehicle than the unit's.");
        }
        if (datetime.isBefore(ticket.plannedFrom()) || datetime.isAfter(ticket.plannedTo())) {
            return Result.invalid("datetime-outside-trip", "datetime", "datetime must lie in the trip ticket's planned window "
                    + ticket.plannedFrom() + " to " + ticket.plannedTo() + ".");
        }
        if (!policy.pastDatetimeAllowed() && datetime.isBefore(now)) {
            return Result.invalid("datetime-in-past", "datetime", "datetime cannot be in the past.");
        }
        DispatchPolicy.Window window = policy.window(ticket, datetime);
        return Result.accepted(new Booking(unit.id(), unit.vehicleId(), unit.driverId(), unit.trailerId(), ticket.id(),
                ticket.number(), ticket.orderReference(), window.from(), window.to()));
    }

    /** A new dispatch on {@code booking}: DRAFT with invoices, PENDING without. */
    public static Result<Dispatch> create(UUID id, String tenantId, String number, Instant datetime, Booking booking,
            List<Candidate> invoices, String by, Instant now) {
        DispatchStatus status = invoices.isEmpty() ? DispatchStatus.PENDING : DispatchStatus.DRAFT;
        Dispatch dispatch = new Dispatch(Envelope.created(id, tenantId, by, now), number, datetime, booking, status,
                List.of(), null, null, false, null, null, List.of(new StatusChange(null, status, by, now)));
        Result<List<AttachedInvoice>> attached = dispatch.take(invoices, by, now);
        if (attached instanceof Result.Rejected<List<AttachedInvoice>> r) {
            return r.map(x -> null);
        }
        List<DomainEvent> events = new ArrayList<>();
        events.add(new DispatchEvent.Created(dispatch.facts(), by, now));
        attached.events().forEach(events::add);
        return Result.accepted(dispatch, events);
    }

    /** A new datetime and unit (either may stay as it is), until the unit has left. */
    public Result<Dispatch> edit(Instant newDatetime, Booking newBooking, String by, Instant now) {
        if (!status.editable()) {
            return Result.wrongState("dispatch-not-editable", "Dispatch " + number + " is " + status
                    + "; datetime and unit change only before it is dispatched.");
        }
        List<String> changed = new ArrayList<>();
        if (!newDatetime.equals(datetime)) {
            changed.add("datetime");
        }
        if (!newBooking.unitId().equals(booking.unitId())) {
            changed.add("unit");
        }
        if (changed.isEmpty()) {
            return Result.accepted(this);
        }
        datetime = newDatetime;
        booking = newBooking;
        envelope = envelope.touched(by, now);
        return Result.accepted(this, new DispatchEvent.Updated(facts(), changed, by, now));
    }

    /** Scheduled on the unit and ticket as they are now (the application books them again). */
    public Result<Dispatch> schedule(Booking rebooked, String by, Instant now) {
        if (status != DispatchStatus.DRAFT && status != DispatchStatus.PENDING) {
            return notFrom("schedule", "DRAFT or PENDING");
        }
        booking = rebooked;
        return move(DispatchStatus.SCHEDULED, null, by, now);
    }

    /** The unit left with it now. */
    public Result<Dispatch> dispatch(String by, Instant now) {
        if (status != DispatchStatus.SCHEDULED) {
            return notFrom("dispatch", "SCHEDULED");
        }
        departedAt = now;
        return move(DispatchStatus.DISPATCHED, null, by, now);
    }

    /** A signature or photo was uploaded as proof of delivery, while the unit is out. */
    public Result<Dispatch> proofUploaded(String by, Instant now) {
        if (status != DispatchStatus.DISPATCHED) {
            return Result.wrongState("proof-not-expected", "Proof of delivery is uploaded while the dispatch is DISPATCHED; "
                    + number + " is " + status + ".");
        }
        proofUploaded = true;
        envelope = envelope.touched(by, now);
        return Result.accepted(this);
    }

    /** Delivered: who received it and when; at least one invoice must be attached. */
    public Result<Dispatch> complete(String recipientName, Instant receivedAt, String by, Instant now) {
        if (status != DispatchStatus.DISPATCHED) {
            return notFrom("complete", "DISPATCHED");
        }
        if (invoices.isEmpty()) {
            return Result.wrongState("invoice-required", "invoiceIds", "A dispatch has at least one invoice before it is "
                    + "completed; " + number + " has none.");
        }
        if (receivedAt.isBefore(departedAt)) {
            return Result.invalid("received-before-departure", "receivedAt", "receivedAt cannot be before the departure ("
                    + departedAt + ").");
        }
        if (receivedAt.isAfter(now)) {
            return Result.invalid("received-in-future", "receivedAt", "receivedAt cannot be in the future.");
        }
        delivery = new Delivery(recipientName.strip(), receivedAt, proofUploaded);
        return move(DispatchStatus.COMPLETED, null, by, now);
    }

    public Result<Dispatch> close(String by, Instant now) {
        if (status != DispatchStatus.COMPLETED) {
            return notFrom("close", "COMPLETED");
        }
        return move(DispatchStatus.CLOSED, null, by, now);
    }

    /** Called off before completion; its invoices come off (none may be processed), its unit and ticket are free. */
    public Result<Dispatch> cancel(String reason, Set<UUID> processed, String by, Instant now) {
        if (!status.cancellable()) {
            return notFrom("cancel", "anything before COMPLETED");
        }
        Result<Dispatch> held = heldByProcessed(processed, "cancelled");
        if (held != null) {
            return held;
        }
        List<DomainEvent> events = detachAll(by, now);
        cancellation = new Cancellation(reason.strip(), by, now);
        Result<Dispatch> moved = move(DispatchStatus.CANCELLED, cancellation.reason(), by, now);
        events.addAll(moved.events());
        return Result.accepted(this, events);
    }

    /** Whether {@code user} may delete it under seed 000's "Limited": their own, still DRAFT or PENDING. */
    public boolean deletableByItsDispatcher(String user) {
        return envelope.createdBy().equals(user) && DispatchStatus.EARLY.contains(status);
    }

    /** Soft delete: refused once an attached invoice is processed; its invoices come off, its unit and ticket are free. */
    public Result<Dispatch> delete(Set<UUID> processed, String by, Instant now) {
        Result<Dispatch> held = heldByProcessed(processed, "deleted");
        if (held != null) {
            return held;
        }
        List<DomainEvent> events = detachAll(by, now);
        deletion = new Deletion(by, now);
        envelope = envelope.touched(by, now);
        events.add(new DispatchEvent.Deleted(facts(), status, by, now));
        return Result.accepted(this, events);
    }

    /** Attaches invoices, until the delivery is completed: none void, none already on it. The first moves PENDING to DRAFT. */
    public Result<Dispatch> attach(List<Candidate> candidates, String by, Instant now) {
        if (!status.takesInvoices()) {
            return Result.wrongState("dispatch-closed-for-invoices", "invoiceIds", "Dispatch " + number + " is " + status
                    + "; invoices are attached and removed only before it is completed.");
        }
        Result<List<AttachedInvoice>> taken = take(candidates, by, now);
        if (taken instanceof Result.Rejected<List<AttachedInvoice>> r) {
            return r.map(x -> null);
        }
        List<DomainEvent> events = new ArrayList<>(taken.events());
        envelope = envelope.touched(by, now);
        if (status == DispatchStatus.PENDING) {
            events.addAll(move(DispatchStatus.DRAFT, null, by, now).events());
        }
        return Result.accepted(this, events);
    }

    /** Takes an invoice off, unless it is processed; the last one off moves DRAFT back to PENDING. */
    public Result<Dispatch> detach(UUID invoiceId, boolean processed, String by, Instant now) {
        if (!status.takesInvoices()) {
            return Result.wrongState("dispatch-closed-for-invoices", "invoiceId", "Dispatch " + number + " is " + status
                    + "; invoices are attached and removed only before it is completed.");
        }
        AttachedInvoice invoice = invoices.stream().filter(i -> i.invoiceId().equals(invoiceId)).findFirst().orElse(null);
        if (invoice == null) {
            return Result.wrongState("invoice-not-attached", "invoiceId", "Invoice " + invoiceId + " is not on dispatch "
                    + number + ".");
        }
        if (processed) {
            return Result.wrongState("invoice-processed", "invoiceId", "Invoice " + invoice.invoiceNumber()
                    + " is processed (paid or posted); it stays on its dispatch.");
        }
        invoices.remove(invoice);
        envelope = envelope.touched(by, now);
        List<DomainEvent> events = new ArrayList<>();
        events.add(new DispatchEvent.InvoiceDetached(facts(), invoice, by, now));
        if (invoices.isEmpty() && status == DispatchStatus.DRAFT) {
            events.addAll(move(DispatchStatus.PENDING, null, by, now).events());
        }
        return Result.accepted(this, events);
    }

    private Result<List<AttachedInvoice>> take(List<Candidate> candidates, String by, Instant now) {
        List<AttachedInvoice> taken = new ArrayList<>();
        List<DomainEvent> events = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.voided()) {
                return Result.invalid("invoice-void", "invoiceIds", "Invoice " + c.invoiceNumber()
                        + " is void; it cannot be attached.");
            }
            if (invoices.stream().anyMatch(i -> i.invoiceId().equals(c.invoiceId()))
                    || taken.stream().anyMatch(i -> i.invoiceId().equals(c.invoiceId()))) {
                return Result.wrongState("invoice-already-attached", "invoiceIds", "Invoice " + c.invoiceNumber()
                        + " is already on dispatch " + number + ".");
            }
            taken.add(new AttachedInvoice(c.invoiceId(), c.invoiceNumber(), c.salesOrderId(), c.customerId(), by, now));
        }
        for (AttachedInvoice invoice : taken) {
            invoices.add(invoice);
            events.add(new DispatchEvent.InvoiceAttached(facts(), invoice, by, now));
        }
        return Result.accepted(taken, events);
    }

    private Result<Dispatch> heldByProcessed(Set<UUID> processed, String what) {
        return invoices.stream().filter(i -> processed.contains(i.invoiceId())).findFirst()
                .<Result<Dispatch>>map(i -> Result.wrongState("invoice-processed", "invoiceIds", "Invoice "
                        + i.invoiceNumber() + " on dispatch " + number + " is processed (paid or posted); the dispatch "
                        + "cannot be " + what + "."))
                .orElse(null);
    }

    private List<DomainEvent> detachAll(String by, Instant now) {
        List<AttachedInvoice> off = List.copyOf(invoices);
        invoices.clear();
        List<DomainEvent> events = new ArrayList<>();
        for (AttachedInvoice invoice : off) {
            events.add(new DispatchEvent.InvoiceDetached(facts(), invoice, by, now));
        }
        return events;
    }

    private Result<Dispatch> move(DispatchStatus to, String reason, String by, Instant now) {
        StatusChange change = new StatusChange(status, to, by, now);
        status = to;
        history.add(change);
        envelope = envelope.touched(by, now);
        return Result.accepted(this, new DispatchEvent.Moved(facts(), change, reason));
    }

    private <T> Result<T> notFrom(String action, String from) {
        return Result.wrongState("cannot-" + action + "-" + status.name().toLowerCase(java.util.Locale.ROOT), "Dispatch "
                + number + " is " + status + "; to " + action + " it, it must be " + from + ".");
    }

    public DispatchEvent.Facts facts() {
        return new DispatchEvent.Facts(id(), tenantId(), number, status, datetime, booking, departedAt, delivery,
                invoices.stream().map(AttachedInvoice::invoiceId).toList());
    }

    public Envelope envelope() { return envelope; }
    public String number() { return number; }
    public Instant datetime() { return datetime; }
    public Booking booking() { return booking; }
    public DispatchStatus status() { return status; }
    public List<AttachedInvoice> invoices() { return List.copyOf(invoices); }
    public Instant departedAt() { return departedAt; }
    public Delivery delivery() { return delivery; }
    public boolean proofUploaded() { return proofUploaded; }
    public Cancellation cancellation() { return cancellation; }
    public Deletion deletion() { return deletion; }
    public List<StatusChange> history() { return List.copyOf(history); }
}
