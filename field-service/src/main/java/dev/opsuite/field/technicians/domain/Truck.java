package dev.opsuite.field.technicians.domain;

import java.util.UUID;

/** The truck a technician drives: a fleet vehicle, whose stock is an inventory-transfer TRUCK location. */
public record Truck(UUID vehicleId, UUID truckLocationId) {
}
