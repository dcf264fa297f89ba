package dev.opsuite.fleet.trips.domain;

import dev.opsuite.fleet.kernel.DrivingSource;

import java.time.Instant;
import java.util.UUID;

/**
 * One period of the driving record: driver {@code driverId} drove {@code vehicleId} (with
 * {@code trailerId}, if any) from {@code startsAt} (included) to {@code endsAt} (excluded), for
 * {@code orderReference} when it served an order. One per source record ({@code source},
 * {@code sourceId}); writing it again replaces it.
 */
public record DrivingPeriod(String tenantId, UUID vehicleId, UUID driverId, UUID trailerId, Instant startsAt,
        Instant endsAt, String orderReference, DrivingSource source, UUID sourceId, String sourceNumber) {

    public DrivingPeriod {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("a driving period ends after it starts: " + startsAt + " - " + endsAt);
        }
    }

    /** The window the ticket holds: planned while issued, actual once closed; none when cancelled. */
    public static java.util.Optional<DrivingPeriod> of(TripTicket t) {
        if (t.status() == TripTicketStatus.CANCELLED) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new DrivingPeriod(t.tenantId(), t.vehicleId(), t.driverId(), t.trailerId(),
                t.windowStart(), t.windowEnd(), t.orderReference(), DrivingSource.TRIP_TICKET, t.id(), t.number()));
    }

    public boolean contains(Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(endsAt);
    }
}
