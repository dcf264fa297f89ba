package dev.opsuite.fleet.service.domain;

import java.util.UUID;

/** A vehicle as service management sees it: which one, the plate people know it by, and its mileage now. */
public record ServicedVehicle(UUID id, String registrationNumber, long odometerKm) {
}
