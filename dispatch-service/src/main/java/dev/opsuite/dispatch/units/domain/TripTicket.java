package dev.opsuite.dispatch.units.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Dispatch's copy of a fleet trip ticket, from trip-ticket-issued (OPEN), -closed and -cancelled: the driver, the
 * vehicle (and trailer) it was issued to, the unit it names, its planned window and the order it serves.
 */
public record TripTicket(String tenantId, UUID id, String number, Crew crew, Instant plannedFrom, Instant plannedTo,
        String orderReference, TripTicketStatus status) {

    /** Who goes with what: the vehicle, its driver, the trailer and unit when there are (registration and number as issued). */
    public record Crew(UUID vehicleId, String registrationNumber, UUID driverId, String driverNumber, UUID trailerId,
            UUID transportUnitId) {
    }

    public UUID driverId() {
        return crew.driverId();
    }

    public UUID vehicleId() {
        return crew.vehicleId();
    }

    /** Whether the ticket was issued to the unit's driver and vehicle (its trailer may differ: fleet tracks that). */
    public boolean issuedTo(TransportUnit unit) {
        return crew.driverId().equals(unit.driverId()) && crew.vehicleId().equals(unit.vehicleId());
    }

    /**
     * The tickets a dispatch on a unit can run on: those naming the unit, and those issued to its current driver and
     * vehicle (a ticket need not name the unit; {@link #issuedTo} is the rule a booking checks).
     */
    public record OfUnit(UUID unitId, UUID driverId, UUID vehicleId) {

        /** A unit dispatch has no copy of: only the tickets naming it. */
        public static OfUnit named(UUID unitId) {
            return new OfUnit(unitId, null, null);
        }

        public static OfUnit of(TransportUnit unit) {
            return new OfUnit(unit.id(), unit.driverId(), unit.vehicleId());
        }

        public boolean matches(TripTicket ticket) {
            return unitId.equals(ticket.crew().transportUnitId())
                    || driverId != null && driverId.equals(ticket.driverId()) && vehicleId.equals(ticket.vehicleId());
        }
    }

    /** Whether {@code at} falls in the planned window, both ends included. */
    public boolean plans(Instant at) {
        return !at.isBefore(plannedFrom) && !at.isAfter(plannedTo);
    }
}
