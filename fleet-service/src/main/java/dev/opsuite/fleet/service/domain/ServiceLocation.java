package dev.opsuite.fleet.service.domain;

/** Where the vehicle is for its service: words ("Wrocław, Poland", "D1 km 45"), and coordinates when known. */
public record ServiceLocation(String description, GeoPoint point) {
}
