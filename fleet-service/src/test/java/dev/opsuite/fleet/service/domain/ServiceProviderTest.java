package dev.opsuite.fleet.service.domain;

import static dev.opsuite.fleet.testing.Results.accepted;
import static dev.opsuite.fleet.testing.Results.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ServiceProviderTest {

    static final Instant NOW = Instant.parse("2025-11-04T09:00:00Z");
    static final GeoPoint WROCLAW = new GeoPoint(51.1079, 17.0385);

    @Test
    void seed_scenario_2_nearby_services_nearest_first_with_distance_in_km() {
        ServiceProvider autoServicePl = provider("Auto Service PL", GeoDistanceTest.destination(WROCLAW, 5, 0), "4.5", "engine", "electrical");
        ServiceProvider manCenter = provider("MAN Service Center", GeoDistanceTest.destination(WROCLAW, 12, 180), "4.8", "engine", "man-trucks");
        ServiceProvider tyresOnly = provider("Opony Wrocław", GeoDistanceTest.destination(WROCLAW, 2, 90), "4.9", "tyres");
        ServiceProvider berlin = provider("Truck Hilfe Berlin", new GeoPoint(52.52, 13.405), "5.0", "engine");
        ServiceProvider closed = provider("Closed Garage", GeoDistanceTest.destination(WROCLAW, 1, 0), "3.0", "engine");
        accepted(closed.update(null, null, null, null, null, null, false, "manager", NOW));

        var nearby = NearbyProviders.nearest(List.of(berlin, manCenter, tyresOnly, closed, autoServicePl), WROCLAW, 50, "Engine", 10);

        assertThat(nearby).extracting(n -> n.provider().name()).containsExactly("Auto Service PL", "MAN Service Center");
        assertThat(nearby).extracting(NearbyProviders.Nearby::distanceKm)
                .containsExactly(new BigDecimal("5.0"), new BigDecimal("12.0"));
        assertThat(nearby).extracting(n -> n.provider().rating()).containsExactly(new BigDecimal("4.5"), new BigDecimal("4.8"));

        assertThat(NearbyProviders.nearest(List.of(berlin, manCenter, tyresOnly, autoServicePl), WROCLAW, 50, null, 2))
                .extracting(n -> n.provider().name()).containsExactly("Opony Wrocław", "Auto Service PL");
        assertThat(NearbyProviders.nearest(List.of(berlin), WROCLAW, 400, "engine", 10)).hasSize(1);
    }

    @Test
    void at_the_same_distance_the_better_rated_comes_first() {
        GeoPoint spot = GeoDistanceTest.destination(WROCLAW, 3, 45);
        var nearby = NearbyProviders.nearest(List.of(provider("B", spot, "4.1", "engine"), provider("A", spot, null, "engine"),
                provider("C", spot, "4.7", "engine")), WROCLAW, 10, null, 10);
        assertThat(nearby).extracting(n -> n.provider().name()).containsExactly("C", "B", "A");
    }

    @Test
    void services_are_lower_case_tags_without_repeats_and_the_rating_has_one_decimal() {
        ServiceProvider p = provider("X", WROCLAW, "4.0", " Engine ", "TYRES", "engine", "Air Conditioning");
        assertThat(p.services()).containsExactly("air-conditioning", "engine", "tyres");
        assertThat(p.offers("air conditioning")).isTrue();

        var badRating = rejected(ServiceProvider.register(UUID.randomUUID(), "acme", new ServiceProvider.Listing("X", "Y", WROCLAW,
                new BigDecimal("4.55"), List.of("engine"), null), "m", NOW));
        assertThat(badRating.field()).isEqualTo("rating");
        assertThat(rejected(ServiceProvider.register(UUID.randomUUID(), "acme", new ServiceProvider.Listing("X", "Y", WROCLAW,
                new BigDecimal("5.1"), List.of("engine"), null), "m", NOW)).field()).isEqualTo("rating");
        assertThat(rejected(ServiceProvider.register(UUID.randomUUID(), "acme", new ServiceProvider.Listing("X", "Y", WROCLAW,
                null, List.of(), null), "m", NOW)).field()).isEqualTo("services");
        assertThat(rejected(ServiceProvider.register(UUID.randomUUID(), "acme", new ServiceProvider.Listing("X", "Y", WROCLAW,
                null, List.of("engine", "oil/filters"), null), "m", NOW)).field()).isEqualTo("services[1]");
    }

    static ServiceProvider provider(String name, GeoPoint at, String rating, String... services) {
        return accepted(ServiceProvider.register(UUID.randomUUID(), "acme", new ServiceProvider.Listing(name, "Somewhere 1", at,
                rating == null ? null : new BigDecimal(rating), List.of(services), "+48 71 000 00 00"), "manager", NOW));
    }
}
