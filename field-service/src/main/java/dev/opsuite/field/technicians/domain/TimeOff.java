package dev.opsuite.field.technicians.domain;

import java.time.Instant;
import java.util.UUID;

/** A period a technician is away (holiday, sick, training), UTC, end exclusive. */
public record TimeOff(UUID id, Instant from, Instant to, String reason) {

    /** Whether any moment of [start, end) falls in this period. */
    public boolean overlaps(Instant start, Instant end) {
        return start.isBefore(to) && from.isBefore(end);
    }
}
