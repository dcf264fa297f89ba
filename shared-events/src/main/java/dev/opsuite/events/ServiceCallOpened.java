package dev.opsuite.events;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code service-call-opened} v1: a customer call was taken as an OPEN service call (seed 002, intake). Key:
 * serviceCallId.
 */
public record ServiceCallOpened(
        UUID serviceCallId,
        String number,
        UUID customerId,
        UUID locationId,
        String problem,
        String urgency,
        Instant preferredFrom,
        Instant preferredTo,
        UUID callbackOf,
        String openedBy,
        Instant openedAt) {
}
