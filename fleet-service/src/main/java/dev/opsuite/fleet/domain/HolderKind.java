package dev.opsuite.fleet.domain;

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

    public static HolderKind of(Vehicle vehicle) {
        return vehicle.kind() == VehicleKind.LKV ? LKV : PKV;
    }

    public static HolderKind of(Trailer trailer) {
        return trailer.type() == TrailerType.FRIGO ? FRIGO_TRAILER : TRAILER;
    }
}
