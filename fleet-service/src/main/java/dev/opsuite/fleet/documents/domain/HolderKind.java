package dev.opsuite.fleet.documents.domain;

import dev.opsuite.fleet.kernel.SubjectType;
import dev.opsuite.fleet.kernel.TrailerType;
import dev.opsuite.fleet.kernel.VehicleKind;

/**
 * The kinds of document holder that seed 004 gives different document lists: heavy trucks, light
 * vehicles, trailers (a refrigerated one needs one more document) and drivers.
 */
public enum HolderKind {
    LKV(SubjectType.VEHICLE),
    PKV(SubjectType.VEHICLE),
    TRAILER(SubjectType.TRAILER),
    FRIGO_TRAILER(SubjectType.TRAILER),
    DRIVER(SubjectType.DRIVER);

    private final SubjectType subjectType;

    HolderKind(SubjectType subjectType) {
        this.subjectType = subjectType;
    }

    public SubjectType subjectType() {
        return subjectType;
    }

    public static HolderKind ofVehicle(VehicleKind kind) {
        return kind == VehicleKind.LKV ? LKV : PKV;
    }

    public static HolderKind ofTrailer(TrailerType type) {
        return type == TrailerType.FRIGO ? FRIGO_TRAILER : TRAILER;
    }
}
