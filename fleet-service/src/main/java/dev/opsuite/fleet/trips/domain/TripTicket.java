package dev.opsuite.fleet.trips.domain;

import dev.opsuite.fleet.kernel.DriverStatus;
import dev.opsuite.fleet.kernel.TrailerStatus;
import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.fleet.kernel.VehicleStatus;

import dev.opsuite.support.domain.DomainEvent;
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
public final class TripTicket {

    private final UUID id;
    private final String tenantId;
    private final String number;
    private final UUID vehicleId;
    private final VehicleKind vehicleKind;
    private final UUID driverId;
    private final UUID trailerId;
    private final UUID transportUnitId;
    private final Instant plannedFrom;
    private final Instant plannedTo;
    private final String origin;
    private final String destination;
    private final List<String> via;
    private final String purpose;
    private final String orderReference;
    private TripTicketStatus status;
    private final long odometerOutKm;
    private Long odometerInKm;
    private Long distanceKm;
    private Instant departedAt;
    private Instant returnedAt;
    private String closedBy;
    private Instant closedAt;
    private String cancelledBy;
    private Instant cancelledAt;
    private String cancelReason;
    private final String createdBy;
    private final Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;
    private final long version;

    /** Everything a ticket carries, as stored. */
    public record State(UUID id, String tenantId, String number, UUID vehicleId, VehicleKind vehicleKind, UUID driverId,
            UUID trailerId, UUID transportUnitId, Instant plannedFrom, Instant plannedTo, String origin, String destination,
            List<String> via, String purpose, String orderReference, TripTicketStatus status, long odometerOutKm,
            Long odometerInKm, Long distanceKm, Instant departedAt, Instant returnedAt, String closedBy, Instant closedAt,
            String cancelledBy, Instant cancelledAt, String cancelReason, String createdBy, Instant createdAt,
            String updatedBy, Instant updatedAt, long version) {
    }

    public TripTicket(State s) {
        this.id = s.id();
        this.tenantId = s.tenantId();
        this.number = s.number();
        this.vehicleId = s.vehicleId();
        this.vehicleKind = s.vehicleKind();
        this.driverId = s.driverId();
        this.trailerId = s.trailerId();
        this.transportUnitId = s.transportUnitId();
        this.plannedFrom = s.plannedFrom();
        this.plannedTo = s.plannedTo();
        this.origin = s.origin();
        this.destination = s.destination();
        this.via = List.copyOf(s.via());
        this.purpose = s.purpose();
        this.orderReference = s.orderReference();
        this.status = s.status();
        this.odometerOutKm = s.odometerOutKm();
        this.odometerInKm = s.odometerInKm();
        this.distanceKm = s.distanceKm();
        this.departedAt = s.departedAt();
        this.returnedAt = s.returnedAt();
        this.closedBy = s.closedBy();
        this.closedAt = s.closedAt();
        this.cancelledBy = s.cancelledBy();
        this.cancelledAt = s.cancelledAt();
        this.cancelReason = s.cancelReason();
        this.createdBy = s.createdBy();
        this.createdAt = s.createdAt();
        this.updatedBy = s.updatedBy();
        this.updatedAt = s.updatedAt();
        this.version = s.version();
    }

    /** What a ticket is issued with; trailer, transport unit, via stops and order are optional. */
    public record Issue(UUID vehicleId, UUID driverId, UUID trailerId, UUID transportUnitId, Instant plannedFrom,
            Instant plannedTo, String origin, String destination, List<String> via, String purpose, String orderReference) {
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
        if (!i.plannedTo().isAfter(i.plannedFrom())) {
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
        String order = blankToNull(i.orderReference());
        if (order != null && vehicle.kind() != VehicleKind.LKV) {
            return Result.invalid("order-needs-heavy-truck", "orderReference",
                    "Light vehicles (PKV) are not assigned to orders; only a heavy truck (LKV) trip carries an order reference.");
        }
        Result<Void> unit = checkUnit(p);
        if (unit instanceof Result.Rejected<Void> r) {
            return r.map(x -> null);
        }
        List<String> stops = i.via() == null ? List.of() : i.via().stream().map(String::strip).toList();
        TripTicket ticket = new TripTicket(new State(id, tenantId, number, vehicle.id(), vehicle.kind(), p.driver().id(),
                p.trailer() == null ? null : p.trailer().id(), p.transportUnit() == null ? null : p.transportUnit().id(),
                i.plannedFrom(), i.plannedTo(), i.origin().strip(), i.destination().strip(), stops, i.purpose().strip(),
                order, TripTicketStatus.ISSUED, vehicle.odometerKm(), null, null, null, null, null, null, null, null, null,
                by, now, by, now, 0));
        return Result.accepted(ticket, new TripTicketIssued(ticket, vehicle.registrationNumber(),
                p.driver().employeeNumber()));
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
        Instant departure = departed == null ? plannedFrom : departed;
        if (!returned.isAfter(departure)) {
            return Result.invalid("returned-before-departure", "returnedAt",
                    "returnedAt must be after the departure (" + departure + ").");
        }
        if (returned.isAfter(now)) {
            return Result.invalid("returned-in-future", "returnedAt", "returnedAt cannot be in the future.");
        }
        status = TripTicketStatus.CLOSED;
        odometerInKm = odometerIn;
        distanceKm = odometerIn - odometerOutKm;
        departedAt = departure;
        returnedAt = returned;
        closedBy = by;
        closedAt = now;
        return touched(by, now, new TripTicketClosed(this));
    }

    /** Calls an issued ticket off; a closed one is history and stays. */
    public Result<TripTicket> cancel(String reason, String by, Instant now) {
        if (status != TripTicketStatus.ISSUED) {
            return notIssued();
        }
        status = TripTicketStatus.CANCELLED;
        cancelReason = reason.strip();
        cancelledBy = by;
        cancelledAt = now;
        return touched(by, now, new TripTicketCancelled(this));
    }

    /** When the ticket holds the vehicle from: the actual departure once closed, the planned start before. */
    public Instant windowStart() {
        return departedAt != null ? departedAt : plannedFrom;
    }

    /** Until when (excluded): the actual return once closed, the planned end before. */
    public Instant windowEnd() {
        return returnedAt != null ? returnedAt : plannedTo;
    }

    private <T> Result<T> notIssued() {
        return Result.wrongState("trip-ticket-not-issued", "Trip ticket " + number + " is " + status
                + "; only an ISSUED ticket is closed or cancelled.");
    }

    private Result<TripTicket> touched(String by, Instant now, DomainEvent happened) {
        updatedBy = by;
        updatedAt = now;
        return Result.accepted(this, happened);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public UUID id() { return id; }
    public String tenantId() { return tenantId; }
    public String number() { return number; }
    public UUID vehicleId() { return vehicleId; }
    public VehicleKind vehicleKind() { return vehicleKind; }
    public UUID driverId() { return driverId; }
    public UUID trailerId() { return trailerId; }
    public UUID transportUnitId() { return transportUnitId; }
    public Instant plannedFrom() { return plannedFrom; }
    public Instant plannedTo() { return plannedTo; }
    public String origin() { return origin; }
    public String destination() { return destination; }
    public List<String> via() { return via; }
    public String purpose() { return purpose; }
    public String orderReference() { return orderReference; }
    public TripTicketStatus status() { return status; }
    public long odometerOutKm() { return odometerOutKm; }
    public Long odometerInKm() { return odometerInKm; }
    public Long distanceKm() { return distanceKm; }
    public Instant departedAt() { return departedAt; }
    public Instant returnedAt() { return returnedAt; }
    public String closedBy() { return closedBy; }
    public Instant closedAt() { return closedAt; }
    public String cancelledBy() { return cancelledBy; }
    public Instant cancelledAt() { return cancelledAt; }
    public String cancelReason() { return cancelReason; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
