package dev.opsuite.fleet.service.domain;

/**
 * Great-circle distances by the haversine formula on a sphere of the Earth's mean radius (6371 km):
 * {@code d = 2R asin(sqrt(sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2)))}. Off by at most about 0.5 % from
 * the ellipsoid, which is plenty to rank workshops for a broken-down truck.
 */
public final class GeoDistance {

    public static final double EARTH_RADIUS_KM = 6371.0;

    private GeoDistance() {
    }

    public static double km(GeoPoint a, GeoPoint b) {
        double phi1 = Math.toRadians(a.latitude());
        double phi2 = Math.toRadians(b.latitude());
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dPhi / 2), 2) + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /**
     * The latitude/longitude box that holds every point within {@code radiusKm} of {@code centre}, so a
     * database index can narrow the candidates before the exact distance is computed (J. P. Matuschek,
     * "Finding Points Within a Distance of a Latitude/Longitude"): {@code Δφ = r/R},
     * {@code Δλ = asin(sin(r/R) / cos φ)}. Near a pole every longitude is in; across the ±180° meridian
     * the longitude range wraps ({@code minLongitude > maxLongitude}).
     */
    public static BoundingBox box(GeoPoint centre, double radiusKm) {
        double angular = radiusKm / EARTH_RADIUS_KM;
        double dLat = Math.toDegrees(angular);
        double minLat = centre.latitude() - dLat;
        double maxLat = centre.latitude() + dLat;
        if (minLat <= -90 || maxLat >= 90 || angular >= Math.PI / 2) {
            return new BoundingBox(Math.max(minLat, -90), Math.min(maxLat, 90), -180, 180);
        }
        double dLon = Math.toDegrees(Math.asin(Math.sin(angular) / Math.cos(Math.toRadians(centre.latitude()))));
        double minLon = centre.longitude() - dLon;
        double maxLon = centre.longitude() + dLon;
        if (minLon < -180) {
            minLon += 360;
        }
        if (maxLon > 180) {
            maxLon -= 360;
        }
        return new BoundingBox(minLat, maxLat, minLon, maxLon);
    }

    /** Latitudes from min to max; longitudes from min to max, or, when min is greater than max, across ±180°. */
    public record BoundingBox(double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {

        public boolean wrapsAntimeridian() {
            return minLongitude > maxLongitude;
        }

        public boolean allLongitudes() {
            return minLongitude == -180 && maxLongitude == 180;
        }

        public boolean contains(GeoPoint p) {
            boolean lat = p.latitude() >= minLatitude && p.latitude() <= maxLatitude;
            boolean lon = wrapsAntimeridian() ? p.longitude() >= minLongitude || p.longitude() <= maxLongitude
                    : p.longitude() >= minLongitude && p.longitude() <= maxLongitude;
            return lat && lon;
        }
    }
}
