package dev.opsuite.fleet.readiness.domain;


/** A transport unit's driver, vehicle and trailer as they are, each with the state of its documents. */
public record UnitMembers(UnitDriver driver, MemberDocuments driverDocuments, UnitVehicle vehicle,
        MemberDocuments vehicleDocuments, UnitTrailer trailer, MemberDocuments trailerDocuments) {
}
