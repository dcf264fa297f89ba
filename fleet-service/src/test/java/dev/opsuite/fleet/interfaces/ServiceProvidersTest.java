package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.ServiceRequests.KM_OF_LATITUDE;
import static dev.opsuite.fleet.interfaces.ServiceRequests.WROCLAW_LAT;
import static dev.opsuite.fleet.interfaces.ServiceRequests.WROCLAW_LON;
import static dev.opsuite.fleet.interfaces.ServiceRequests.as;
import static dev.opsuite.fleet.interfaces.ServiceRequests.exact;
import static dev.opsuite.fleet.interfaces.ServiceRequests.get;
import static dev.opsuite.fleet.interfaces.ServiceRequests.provider;
import static dev.opsuite.fleet.interfaces.ServiceRequests.providerBody;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The provider directory: listing, editing, and the nearest workshops by great-circle distance, fast at 10,000. */
@QuarkusTest
class ServiceProvidersTest {

    String tenant;
    String manager;

    @BeforeEach
    void tenant() {
        tenant = ServiceRequests.freshTenant("providers");
        manager = as(tenant, "fleet-manager");
    }

    @Test
    void a_provider_is_listed_edited_with_if_match_and_delisted() {
        var body = providerBody(" Auto Service PL ", WROCLAW_LAT, WROCLAW_LON, "4.5", "Engine", "electrical", "engine");
        JsonPath created = exact(given().header("Authorization", manager).contentType(ContentType.JSON).body(body)
                .post("/service-providers").then().statusCode(201).header("ETag", "\"0\""));
        String id = created.getString("id");
        assertThat(created.getString("name")).isEqualTo("Auto Service PL");
        assertThat(created.getList("services")).containsExactly("electrical", "engine");
        assertThat(created.getBoolean("active")).isTrue();

        given().header("Authorization", manager).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("rating", 4.7, "services", List.of("engine", "electrical", "air conditioning")))
                .patch("/service-providers/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("rating", equalTo(4.7f)).body("services", equalTo(List.of("air-conditioning", "electrical", "engine")))
                .body("name", equalTo("Auto Service PL"));
        given().header("Authorization", manager).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("rating", 1.0)).patch("/service-providers/{id}", id).then().statusCode(412);

        given().header("Authorization", manager).queryParam("service", "Air Conditioning").get("/service-providers").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
        given().header("Authorization", manager).queryParam("search", "service pl").get("/service-providers").then()
                .statusCode(200).body("total", equalTo(1));
        given().header("Authorization", manager).queryParam("service", "tyres").get("/service-providers").then()
                .statusCode(200).body("total", equalTo(0));

        given().header("Authorization", manager).contentType(ContentType.JSON).body(Map.of("active", false))
                .patch("/service-providers/{id}", id).then().statusCode(200).body("active", equalTo(false));
        nearby(WROCLAW_LAT, WROCLAW_LON, 10, null).body("items.size()", equalTo(0));
        given().header("Authorization", manager).queryParam("active", false).get("/service-providers").then()
                .statusCode(200).body("total", equalTo(1));
    }

    @Test
    void nearby_is_nearest_first_within_the_radius_and_the_limit() {
        for (int km = 1; km <= 5; km++) {
            provider(tenant, "North " + km, WROCLAW_LAT + km * KM_OF_LATITUDE, WROCLAW_LON, null, "engine");
        }
        provider(tenant, "Far", WROCLAW_LAT + 60 * KM_OF_LATITUDE, WROCLAW_LON, "5.0", "engine");

        JsonPath found = exact(nearby(WROCLAW_LAT, WROCLAW_LON, 4.5, "limit=3").statusCode(200));
        assertThat(found.getList("items.name")).containsExactly("North 1", "North 2", "North 3");
        assertThat(found.getList("items.distanceKm", BigDecimal.class))
                .containsExactly(new BigDecimal("1.0"), new BigDecimal("2.0"), new BigDecimal("3.0"));
        assertThat(found.getDouble("radiusKm")).isEqualTo(4.5);
        assertThat(exact(nearby(WROCLAW_LAT, WROCLAW_LON, 0, null)).getList("items.name")).hasSize(5); // default 50 km
        assertThat(exact(nearby(WROCLAW_LAT, WROCLAW_LON, 61, null)).getList("items.name")).hasSize(6).last().isEqualTo("Far");
    }

    @Test
    void among_10000_providers_nearby_answers_exactly_what_the_distance_says_and_fast() throws Throwable {
        // 10,000 providers spread over Europe, inserted in one statement.
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                        insert into service_provider (id, tenant_id, name, address, latitude, longitude, rating, services,
                            phone, active, created_by, created_at, updated_by, updated_at, version)
                        select gen_random_uuid(), ?1, 'Provider ' || g, 'Street ' || g, 35 + random() * 35, -10 + random() * 40,
                            round((random() * 5)::numeric, 1),
                            case when g % 3 = 0 then array['engine', 'tyres']::varchar[] else array['engine']::varchar[] end,
                            null, true, 'test', now(), 'test', now(), 0
                        from generate_series(1, 10000) g""").setParameter(1, tenant).executeUpdate())));
        // What the haversine formula says, computed by the database over every row.
        long expected = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                        select count(*) from service_provider where tenant_id = ?1 and 'tyres' = any(services)
                          and 2 * 6371.0 * asin(least(1, sqrt(power(sin(radians(latitude - ?2) / 2), 2)
                              + cos(radians(?2)) * cos(radians(latitude)) * power(sin(radians(longitude - ?3) / 2), 2)))) <= 150""",
                        Long.class).setParameter(1, tenant).setParameter(2, WROCLAW_LAT).setParameter(3, WROCLAW_LON)
                        .getSingleResult())));
        assertThat(expected).as("the sample holds providers within 150 km").isBetween(1L, 100L);

        nearby(WROCLAW_LAT, WROCLAW_LON, 150, "service=tyres&limit=100").statusCode(200); // warm up
        long started = System.nanoTime();
        JsonPath found = exact(nearby(WROCLAW_LAT, WROCLAW_LON, 150, "service=tyres&limit=100").statusCode(200));
        long millis = (System.nanoTime() - started) / 1_000_000;

        List<BigDecimal> distances = found.getList("items.distanceKm", BigDecimal.class);
        assertThat(distances).hasSize((int) expected).isSorted().allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(new BigDecimal("150.0")));
        assertThat(found.getList("items.services", List.class)).allSatisfy(s -> assertThat(s).contains("tyres"));
        System.out.printf("nearby among 10,000 providers: %d found within 150 km in %d ms%n", distances.size(), millis);
        assertThat(millis).as("ms for nearby among 10,000 providers").isLessThan(1_000);

        // The box is read on the position index, not by scanning the directory.
        String plan = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                        explain select id from service_provider where tenant_id = ?1 and active = true
                          and latitude between ?2 and ?3 and longitude between ?4 and ?5""", String.class)
                        .setParameter(1, tenant).setParameter(2, WROCLAW_LAT - 1.35).setParameter(3, WROCLAW_LAT + 1.35)
                        .setParameter(4, WROCLAW_LON - 2.15).setParameter(5, WROCLAW_LON + 2.15).getResultList())
                .map(lines -> String.join("\n", lines))));
        assertThat(plan).contains("service_provider_position");

        JsonPath capped = exact(nearby(WROCLAW_LAT, WROCLAW_LON, 1000, "limit=100").statusCode(200));
        assertThat(capped.getList("items.distanceKm", BigDecimal.class)).hasSize(100).isSorted();
    }

    private io.restassured.response.ValidatableResponse nearby(double lat, double lon, double radiusKm, String more) {
        String query = "lat=" + lat + "&lon=" + lon + (radiusKm > 0 ? "&radiusKm=" + radiusKm : "") + (more == null ? "" : "&" + more);
        return get(as(tenant, "dispatcher"), "/service-providers/nearby?" + query);
    }
}
