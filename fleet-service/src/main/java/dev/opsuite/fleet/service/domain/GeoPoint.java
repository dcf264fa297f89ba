package dev.opsuite.fleet.service.domain;

import dev.opsuite.support.domain.Result;

/** A place on Earth in WGS 84 degrees. */
public record GeoPoint(double latitude, double longitude) {

    /** Both coordinates or neither; {@code field} prefixes the names in rejections. Null when neither is given. */
    public static Result<GeoPoint> of(String field, Double latitude, Double longitude) {
        if (latitude == null && longitude == null) {
            return Result.accepted(null);
        }
        if (latitude == null || longitude == null) {
            return Result.invalid("coordinates-incomplete", field + (latitude == null ? "latitude" : "longitude"),
                    "Give both latitude and longitude, or neither.");
        }
        if (latitude < -90 || latitude > 90 || latitude.isNaN()) {
            return Result.invalid("invalid-latitude", field + "latitude", "latitude is between -90 and 90.");
        }
        if (longitude < -180 || longitude > 180 || longitude.isNaN()) {
            return Result.invalid("invalid-longitude", field + "longitude", "longitude is between -180 and 180.");
        }
        return Result.accepted(new GeoPoint(latitude, longitude));
    }
}
