package dev.opsuite.fleet.kernel;

import java.util.UUID;

/** The vehicle, trailer or driver a document belongs to. */
public record SubjectRef(SubjectType type, UUID id) {

    public static SubjectRef vehicle(UUID id) {
        return new SubjectRef(SubjectType.VEHICLE, id);
    }

    public static SubjectRef trailer(UUID id) {
        return new SubjectRef(SubjectType.TRAILER, id);
    }

    public static SubjectRef driver(UUID id) {
        return new SubjectRef(SubjectType.DRIVER, id);
    }
}
