package dev.opsuite.dispatch.units.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Dispatch's copy of a fleet transport unit (driver + heavy truck + trailer), from transport-unit-readiness-changed:
 * who it is made of and whether it may take an order now, with fleet's reasons when not. Fleet numbers every change
 * ({@code unitVersion}); the copy keeps the highest seen, so a late, older event changes nothing.
 */
public record TransportUnit(String tenantId, UUID id, String status, UUID driverId, UUID vehicleId, UUID trailerId,
        boolean readyForOrder, List<String> reasons, long unitVersion, Instant changedAt) {

    public TransportUnit {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** A unit a dispatch may be booked on: formed and ready for an order. */
    public boolean bookable() {
        return readyForOrder && "ACTIVE".equals(status);
    }
}
