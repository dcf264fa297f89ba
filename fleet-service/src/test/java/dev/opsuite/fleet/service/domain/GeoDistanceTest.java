package dev.opsuite.fleet.service.domain;

import dev.opsuite.fleet.testing.Results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoDistanceTest {

    static final GeoPoint WROCLAW = new GeoPoint(51.1079, 17.0385);

    @Test
    void big_ben_to_the_statue_of_liberty_is_5574_8_km() {
        // The textbook example of the haversine formula (R = 6371 km).
        assertThat(GeoDistance.km(new GeoPoint(51.5007, -0.1246), new GeoPoint(40.6892, -74.0445))).isCloseTo(5574.8, within(0.1));
    }

    @Test
    void prague_to_wroclaw_is_about_217_km() {
        assertThat(GeoDistance.km(new GeoPoint(50.0755, 14.4378), WROCLAW)).isCloseTo(216.5, within(0.1));
    }

    @Test
    void a_degree_of_latitude_is_111_19_km_and_half_the_equator_20015_km() {
        assertThat(GeoDistance.km(new GeoPoint(10, 20), new GeoPoint(11, 20))).isCloseTo(111.195, within(0.001));
        assertThat(GeoDistance.km(new GeoPoint(0, 0), new GeoPoint(0, 180))).isCloseTo(20015.087, within(0.001));
        assertThat(GeoDistance.km(WROCLAW, WROCLAW)).isZero();
    }

    @Test
    void the_distance_is_the_same_both_ways_and_across_the_antimeridian() {
        GeoPoint suva = new GeoPoint(-18.1416, 178.4419);
        GeoPoint apia = new GeoPoint(-13.8507, -171.7514);
        assertThat(GeoDistance.km(suva, apia)).isCloseTo(GeoDistance.km(apia, suva), within(1e-9));
        assertThat(GeoDistance.km(suva, apia)).isBetween(1100.0, 1200.0);
    }

    @Test
    void the_bounding_box_holds_every_point_within_the_radius() {
        var box = GeoDistance.box(WROCLAW, 12);
        assertThat(box.wrapsAntimeridian()).isFalse();
        assertThat(box.allLongitudes()).isFalse();
        for (int bearing = 0; bearing < 360; bearing += 15) {
            GeoPoint edge = destination(WROCLAW, 11.999, bearing);
            assertThat(box.contains(edge)).as("bearing %d", bearing).isTrue();
        }
        assertThat(box.contains(destination(WROCLAW, 17.5, 45))).isFalse();
    }

    @Test
    void near_the_antimeridian_the_box_wraps_and_near_a_pole_it_takes_every_longitude() {
        var fiji = GeoDistance.box(new GeoPoint(-17.0, 179.9), 50);
        assertThat(fiji.wrapsAntimeridian()).isTrue();
        assertThat(fiji.contains(new GeoPoint(-17.0, -179.9))).isTrue();
        assertThat(fiji.contains(new GeoPoint(-17.0, 0))).isFalse();

        var svalbard = GeoDistance.box(new GeoPoint(89.9, 10), 50);
        assertThat(svalbard.allLongitudes()).isTrue();
        assertThat(svalbard.contains(new GeoPoint(89.9, -170))).isTrue();
    }

    @Test
    void coordinates_come_in_pairs_within_range() {
        assertThat(Results.accepted(GeoPoint.of("", null, null))).isNull();
        assertThat(Results.rejected(GeoPoint.of("location.", 51.0, null)).field()).isEqualTo("location.longitude");
        assertThat(Results.rejected(GeoPoint.of("", 91.0, 0.0)).field()).isEqualTo("latitude");
        assertThat(Results.rejected(GeoPoint.of("", 0.0, -180.5)).field()).isEqualTo("longitude");
    }

    /** The point {@code km} from {@code start} along {@code bearing} degrees (spherical direct problem). */
    static GeoPoint destination(GeoPoint start, double km, double bearing) {
        double d = km / GeoDistance.EARTH_RADIUS_KM;
        double b = Math.toRadians(bearing);
        double phi1 = Math.toRadians(start.latitude());
        double lambda1 = Math.toRadians(start.longitude());
        double phi2 = Math.asin(Math.sin(phi1) * Math.cos(d) + Math.cos(phi1) * Math.sin(d) * Math.cos(b));
        double lambda2 = lambda1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(phi1), Math.cos(d) - Math.sin(phi1) * Math.sin(phi2));
        return new GeoPoint(Math.toDegrees(phi2), Math.toDegrees(lambda2));
    }
}
