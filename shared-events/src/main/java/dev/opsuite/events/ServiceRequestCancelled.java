package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/** {@code service-request-cancelled} v1: the service will not happen (or stopped); with the status it had and why. Key: serviceRequestId. */
public record ServiceRequestCancelled(
        UUID serviceRequestId,
        String number,
        UUID vehicleId,
        String previousStatus,
        String reason,
        String cancelledBy,
        Instant cancelledAt) {
}
