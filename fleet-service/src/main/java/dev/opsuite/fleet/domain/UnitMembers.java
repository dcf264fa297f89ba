package dev.opsuite.fleet.domain;

/** A transport unit's driver, vehicle and trailer as they are, each with the state of its documents. */
public record UnitMembers(Driver driver, DocumentStatus driverDocuments, Vehicle vehicle, DocumentStatus vehicleDocuments,
        Trailer trailer, DocumentStatus trailerDocuments) {
}
