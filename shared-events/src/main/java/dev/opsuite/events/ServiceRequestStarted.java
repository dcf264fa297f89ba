package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/** {@code service-request-started} v1: work on the vehicle began; the vehicle is IN_SERVICE. Key: serviceRequestId. */
public record ServiceRequestStarted(
        UUID serviceRequestId,
        String number,
        UUID vehicleId,
        String workshop,
        UUID providerId,
        String startedBy,
        Instant startedAt) {
}
