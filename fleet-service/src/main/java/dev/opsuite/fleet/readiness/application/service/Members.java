package dev.opsuite.fleet.readiness.application.service;

import dev.opsuite.fleet.documents.domain.DocumentStatus;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.readiness.domain.MemberDocuments;
import dev.opsuite.fleet.readiness.domain.UnitDriver;
import dev.opsuite.fleet.readiness.domain.UnitTrailer;
import dev.opsuite.fleet.readiness.domain.UnitVehicle;
import dev.opsuite.fleet.trailers.domain.Trailer;
import dev.opsuite.fleet.vehicles.domain.Vehicle;

/** What readiness reads of the drivers, vehicles, trailers and documents the other capabilities answer with. */
final class Members {

    private Members() {
    }

    static UnitDriver of(Driver d) {
        return d == null ? null : new UnitDriver(d.id(), d.status());
    }

    static UnitVehicle of(Vehicle v) {
        return v == null ? null : new UnitVehicle(v.id(), v.kind(), v.status());
    }

    static UnitTrailer of(Trailer t) {
        return t == null ? null : new UnitTrailer(t.id(), t.type(), t.status());
    }

    static MemberDocuments of(DocumentStatus s) {
        return new MemberDocuments(s.anyMissing(), s.anyExpired());
    }
}
