package dev.opsuite.fleet.vehicles.domain;

import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.fleet.kernel.VehicleStatus;
import dev.opsuite.support.domain.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A vehicle's availability moved from one status to another, and why: set by hand, or because service work
 * started or ended, or an accident put it in repair. Announced as vehicle-status-changed; the transport units
 * the vehicle is in are reassessed.
 */
public record VehicleStatusChanged(String tenantId, UUID vehicleId, String registrationNumber, VehicleKind kind,
        VehicleStatus previousStatus, VehicleStatus status, String reason, String changedBy, Instant changedAt)
        implements DomainEvent {
}
