package dev.opsuite.fleet.trips.domain;

import dev.opsuite.fleet.kernel.DriverStatus;
import dev.opsuite.fleet.kernel.TrailerStatus;
import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.fleet.kernel.VehicleStatus;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A trip ticket (putovní list): a driver takes a vehicle, and with a heavy truck possibly a trailer,
 * for a planned window and route, for a purpose and possibly an order. Issued with the vehicle's
 * odometer; closed with the odometer in and the actual return (the distance is the difference); or
 * cancelled while still issued. Trip tickets are the record of who drove what when: while issued a
 * ticket holds its planned window, once closed its actual one.
 */
public final class TripTicket implements Enveloped {

    private Envelope envelope;
    private final String number;
    private final Crew crew;
    private final Plan plan;
    private TripTicketStatus status;
    private final long odometerOutKm;
    private Closing closing;
    private Cancellation cancellation;

    /** A ticket as stored; closing and cancellation are null until it is closed or cancelled. */
    public TripTicket(Envelope envelope, String number, Crew crew, Plan plan, TripTicketStatus status, long odometerOutKm,
            Closing closing, Cancellation cancellation) {
        this.envelope = envelope;
        this.number = number;
        this.crew = crew;
        this.plan = plan;
        this.status = status;
        this.odometerOutKm = odometerOutKm;
        this.closing = closing;
        this.cancellation = cancellation;
    }

    /** Who and what goes: the vehicle (and its kind), the driver, and the trailer and transport unit when there are. */
    public record Crew(UUID vehicleId, VehicleKind vehicleKind, UUID driverId, UUID trailerId, UUID transportUnitId) {
    }

    /** The trip as planned: its window, route (with optional via stops), purpose and, for a heavy truck, the order. */
    public record Plan(Instant plannedFrom, Instant plannedTo, String origin, String destination, List<String> via,
            String purpose, String orderReference) {

        public Plan {
            via = via == null ? List.of() : List.copyOf(via);
        }
    }

    /** The vehicle came back: the odometer in, the distance driven, the actual window, who closed the ticket and when. */
    public record Closing(long odometerInKm, long distanceKm, Instant departedAt, Instant returnedAt, String by,
            Instant at) {
    }

    /** Why and by whom an issued ticket was called off. */
    public record Cancellation(String reason, String by, Instant at) {
    }

    /** What a ticket is issued with; trailer, transport unit, via stops and order are optional. */
    public record Issue(UUID vehicleId, UUID driverId, UUID trailerId, UUID transportUnitId, Plan plan) {
    }

    /** The vehicle, driver, trailer (or null) and unit (or null) the ticket names, as found in the business. */
    public record Parties(TripVehicle vehicle, TripDriver driver, TripTrailer trailer, TripUnit transportUnit) {

        /** The vehicle as a trip needs it: its kind and availability, and the odometer it leaves with. */
        public record TripVehicle(UUID id, String registrationNumber, VehicleKind kind, VehicleStatus status,
                long odometerKm) {
        }

        public record TripDriver(UUID id, String name, String employeeNumber, DriverStatus status) {
        }

        public record TripTrailer(UUID id, String registrationNumber, TrailerStatus status) {
        }

        /** A transport unit: whether it is still formed, and of whom. */
        public record TripUnit(UUID id, boolean active, UUID driverId, UUID vehicleId, UUID trailerId) {
        }
    }

    /**
     * Issues a ticket: the driver must be ACTIVE, the vehicle ACTIVE (not in service, in repair or out of
     * service), a trailer only behind an ACTIVE heavy truck, an order only for a heavy truck, and a
     * named transport unit must be the one of this vehicle (and driver and trailer). The odometer out is
     * the vehicle's current odometer.
     */
    public static Result<TripTicket> issue(UUID id, String tenantId, String number, Issue i, Parties p, String by,
            Instant now) {
        Parties.TripVehicle vehicle = p.vehicle();
        Plan asked = i.plan();
        if (!asked.plannedTo().isAfter(asked.plannedFrom())) {
            return Result.invalid("invalid-planned-window", "plannedTo", "plannedTo must be after plannedFrom.");
        }
        if (p.driver().status() != DriverStatus.ACTIVE) {
            return Result.invalid("driver-not-active", "driverId", "Driver " + p.driver().name() + " ("
                    + p.driver().employeeNumber() + ") is " + p.driver().status() + "; only an ACTIVE driver takes a trip ticket.");
        }
        if (vehicle.status() != VehicleStatus.ACTIVE) {
            return Result.invalid("vehicle-not-available", "vehicleId", "Vehicle " + vehicle.registrationNumber() + " is "
                    + vehicle.status() + "; a trip ticket is issued only for an ACTIVE vehicle.");
        }
        if (p.trailer() != null) {
            if (vehicle.kind() != VehicleKind.LKV) {
                return Result.invalid("trailer-needs-heavy-truck", "trailerId",
                        "A trailer rides behind a heavy truck (LKV); " + vehicle.registrationNumber() + " is a " + vehicle.kind() + ".");
            }
            if (p.trailer().status() != TrailerStatus.ACTIVE) {
                return Result.invalid("trailer-not-available", "trailerId", "Trailer " + p.trailer().registrationNumber()
                        + " is " + p.trailer().status() + "; only an ACTIVE trailer goes on a trip.");
            }
        }
        String order = blankToNull(asked.orderReference());
        if (order != null && vehicle.kind() != VehicleKind.LKV) {
            return Result.invalid("order-needs-heavy-truck", "orderReference",
                    "Light vehicles (PKV) are not assigned to orders; only a heavy truck (LKV) trip carries an order reference.");
        }
        Result<Void> unit = checkUnit(p);
        if (unit instanceof Result.Rejected<Void> r) {
            return r.map(x -> null);
        }
        Crew crew = new Crew(vehicle.id(), vehicle.kind(), p.driver().id(), p.trailer() == null ? null : p.trailer().id(),
                p.transportUnit() == null ? null : p.transportUnit().id());
        Plan plan = new Plan(asked.plannedFrom(), asked.plannedTo(), asked.origin().strip(), asked.destination().strip(),
                asked.via().stream().map(String::strip).toList(), asked.purpose().strip(), order);
        TripTicket ticket = new TripTicket(Envelope.created(id, tenantId, by, now), number, crew, plan,
                TripTicketStatus.ISSUED, vehicle.odometerKm(), null, null);
        return Result.accepted(ticket, new TripTicketIssued(ticket.envelope, number, crew, plan, ticket.odometerOutKm,
                vehicle.registrationNumber(), p.driver().employeeNumber()));
    }

    private static Result<Void> checkUnit(Parties p) {
        Parties.TripUnit unit = p.transportUnit();
        if (unit == null) {
            return Result.accepted(null);
        }
        if (!unit.active()) {
            return Result.invalid("transport-unit-disbanded", "transportUnitId", "The transport unit is disbanded.");
        }
        boolean same = unit.vehicleId().equals(p.vehicle().id()) && unit.driverId().equals(p.driver().id())
                && (p.trailer() == null || unit.trailerId().equals(p.trailer().id()));
        if (!same) {
            return Result.invalid("transport-unit-mismatch", "transportUnitId",
                    "The transport unit is made of another driver, vehicle or trailer than the ticket names.");
        }
        return Result.accepted(null);
    }

    /**
     * The vehicle is back: {@code odometerInKm} at least the odometer out, the actual return after the
     * departure (the planned start unless {@code departed} says otherwise) and not in the future.
     */
    public Result<TripTicket> close(long odometerIn, Instant departed, Instant returned, String by, Instant now) {
        if (status != TripTicketStatus.ISSUED) {
            return notIssued();
        }
        if (odometerIn < odometerOutKm) {
            return Result.invalid("odometer-in-below-out", "odometerIn", "The odometer in (" + odometerIn
                    + " km) cannot be below the odometer out (" + odometerOutKm + " km).");
        }
        Instant departure = departed == null ? plan.plannedFrom() : departed;
        if (!returned.isAfter(departure)) {
            return Result.invalid("returned-before-departure", "returnedAt",
                    "returnedAt must be after the departure (" + departure + ").");
        }
        if (returned.isAfter(now)) {
            return Result.invalid("returned-in-future", "returnedAt", "returnedAt cannot be in the future.");
        }
        status = TripTicketStatus.CLOSED;
        closing = new Closing(odometerIn, odometerIn - odometerOutKm, departure, returned, by, now);
        envelope = envelope.touched(by, now);
        return Result.accepted(this, new TripTicketClosed(id(), tenantId(), number, crew, plan.orderReference(),
                odometerOutKm, closing));
    }

    /** Calls an issued ticket off; a closed one is history and stays. */
    public Result<TripTicket> cancel(String reason, String by, Instant now) {
        if (status != TripTicketStatus.ISSUED) {
            return notIssued();
        }
        status = TripTicketStatus.CANCELLED;
        cancellation = new Cancellation(reason.strip(), by, now);
        envelope = envelope.touched(by, now);
        return Result.accepted(this, new TripTicketCancelled(id(), tenantId(), number, crew, cancellation));
    }

    /** When the ticket holds the vehicle from: the actual departure once closed, the planned start before. */
    public Instant windowStart() {
        return closing != null ? closing.departedAt() : plan.plannedFrom();
    }

    /** Until when (excluded): the actual return once closed, the planned end before. */
    public Instant windowEnd() {
        return closing != null ? closing.returnedAt() : plan.plannedTo();
    }

    private <T> Result<T> notIssued() {
        return Result.wrongState("trip-ticket-not-issued", "Trip ticket " + number + " is " + status
                + "; only an ISSUED ticket is closed or cancelled.");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Envelope envelope() { return envelope; }
    public String number() { return number; }
    public Crew crew() { return crew; }
    public Plan plan() { return plan; }
    public Closing closing() { return closing; }
    public Cancellation cancellation() { return cancellation; }
    public UUID vehicleId() { return crew.vehicleId(); }
    public VehicleKind vehicleKind() { return crew.vehicleKind(); }
    public UUID driverId() { return crew.driverId(); }
    public UUID trailerId() { return crew.trailerId(); }
    public UUID transportUnitId() { return crew.transportUnitId(); }
    public Instant plannedFrom() { return plan.plannedFrom(); }
    public Instant plannedTo() { return plan.plannedTo(); }
    public String origin() { return plan.origin(); }
    public String destination() { return plan.destination(); }
    public List<String> via() { return plan.via(); }
    public String purpose() { return plan.purpose(); }
    public String orderReference() { return plan.orderReference(); }
    public TripTicketStatus status() { return status; }
    public long odometerOutKm() { return odometerOutKm; }
    public Long odometerInKm() { return closing == null ? null : closing.odometerInKm(); }
    public Long distanceKm() { return closing == null ? null : closing.distanceKm(); }
    public Instant departedAt() { return closing == null ? null : closing.departedAt(); }
    public Instant returnedAt() { return closing == null ? null : closing.returnedAt(); }
    public String closedBy() { return closing == null ? null : closing.by(); }
    public Instant closedAt() { return closing == null ? null : closing.at(); }
    public String cancelledBy() { return cancellation == null ? null : cancellation.by(); }
    public Instant cancelledAt() { return cancellation == null ? null : cancellation.at(); }
    public String cancelReason() { return cancellation == null ? null : cancellation.reason(); }
}
