package dev.opsuite.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code transport-unit-readiness-changed} v1: a transport unit (driver + heavy truck + trailer,
 * seed 004) as it now is, published whenever its readiness for orders or the reasons against it
 * change, and also when it is formed, when its members change and when it is disbanded, so that
 * dispatch can keep a projection of the units from this topic alone. {@code unitVersion} grows with
 * every change of the unit; a projection keeps the highest it has seen.
 */
public record TransportUnitReadinessChanged(
        UUID transportUnitId,
        String status,
        UUID driverId,
        UUID vehicleId,
        UUID trailerId,
        boolean readyForOrder,
        List<String> reasons,
        String cause,
        long unitVersion,
        Instant occurredAt) {
}
