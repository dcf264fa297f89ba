package dev.opsuite.inventory.transfers.domain;

import java.util.UUID;

/**
 * How the goods travel (optional on a note): the carrier, the vehicle or the fleet's trip ticket,
 * the driver and the carrier's tracking number. Vehicle and trip ticket belong to fleet-service.
 */
public record TransportDetail(String carrier, UUID vehicleId, UUID tripTicketId, String driverName, String trackingNumber) {
}
