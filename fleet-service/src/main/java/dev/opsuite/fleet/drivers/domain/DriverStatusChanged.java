package dev.opsuite.fleet.drivers.domain;

import dev.opsuite.fleet.kernel.DriverStatus;
import dev.opsuite.support.domain.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/** A driver became ACTIVE, went on leave or left: the transport units the driver is in are reassessed (not on Kafka). */
public record DriverStatusChanged(String tenantId, UUID driverId, DriverStatus previousStatus, DriverStatus status,
        String changedBy, Instant changedAt) implements DomainEvent {
}
