package dev.opsuite.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code service-request-opened} v1: a planned or emergency service of a vehicle was requested (seed
 * 004, service management). It opens SCHEDULED when it already has a date and a workshop, REQUESTED
 * otherwise. Key: serviceRequestId.
 */
public record ServiceRequestOpened(
        UUID serviceRequestId,
        String number,
        UUID vehicleId,
        String registrationNumber,
        String type,
        String priority,
        String status,
        String workshop,
        UUID providerId,
        Location location,
        String issue,
        LocalDate scheduledOn,
        UUID serviceRuleId,
        String openedBy,
        Instant openedAt) {

    /** Where the vehicle is: a description, and coordinates when known. */
    public record Location(String description, Double latitude, Double longitude) {
    }
}
