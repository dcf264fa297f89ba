package dev.opsuite.fleet.readiness.domain;

import dev.opsuite.fleet.documents.domain.DocumentStatus;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.trailers.domain.Trailer;
import dev.opsuite.fleet.vehicles.domain.Vehicle;

/** A transport unit's driver, vehicle and trailer as they are, each with the state of its documents. */
public record UnitMembers(Driver driver, DocumentStatus driverDocuments, Vehicle vehicle, DocumentStatus vehicleDocuments,
        Trailer trailer, DocumentStatus trailerDocuments) {
}
