package dev.opsuite.field.estimates.interfaces;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.testing.KafkaProbe;
import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The price book and the pricing settings through field-service's API; a product's cost heard from inventory. */
@QuarkusTest
class PriceBookApiTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    final String shop = "prices-" + UUID.randomUUID().toString().substring(0, 8);
    final String owner = SuiteStack.bearer(shop, "owner");
    final String estimator = SuiteStack.bearer(shop, "estimator");

    @Test
    void settings_are_none_until_the_owner_sets_them_with_their_defaults() {
        given().header("Authorization", owner).get("/pricing/settings").then().statusCode(404)
                .body("type", equalTo("https://opsuite.dev/problems/pricing-settings-not-found"));

        setSettings(owner, settings()).statusCode(200);

        given().header("Authorization", estimator).get("/pricing/settings").then().statusCode(200)
                .body("currency", equalTo("USD")).body("taxRate", equalTo(0.0825f))
                .body("laborTaxable", equalTo(false)).body("ownerApprovalThreshold", equalTo(5000.0f))
                .body("laborRates.OVERTIME", equalTo(142.5f));
    }

    @Test
    void settings_out_of_bounds_are_refused_naming_the_field() {
        Map<String, Object> body = settings();
        body.put("taxRate", 1.5);
        setSettings(owner, body).statusCode(400).body("errors.field", hasItem("taxRate"));
        body.put("taxRate", 0.08255);
        setSettings(owner, body).statusCode(400).body("errors.field", hasItem("taxRate"));
        body = settings();
        body.put("currency", "XXY");
        setSettings(owner, body).statusCode(400).body("errors.field", hasItem("currency"));
        body = settings();
        body.put("laborRates", Map.of("STANDARD", 95, "OVERTIME", 142.5));
        setSettings(owner, body).statusCode(400).body("errors.field", hasItem("laborRates.EMERGENCY"));
        given().header("Authorization", owner).get("/pricing/settings").then().statusCode(404);
    }

    @Test
    void a_markup_is_priced_once_a_truck_reports_the_products_cost_and_not_before() {
        UUID capacitor = UUID.randomUUID();
        add(estimator, markup("CAP-45", capacitor, 40)).statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/price-book/CAP-45"))
                .body("unitPrice", nullValue()).body("cost", nullValue());
        given().header("Authorization", estimator).get("/price-book/CAP-45/price").then().statusCode(422)
                .body("type", equalTo("https://opsuite.dev/problems/no-known-cost"))
                .body("errors.field", hasItem("sku"));

        truckCost(shop, UUID.randomUUID(), capacitor, "18.20", "2026-12-05T08:00:00Z");
        truckCost(shop, UUID.randomUUID(), capacitor, "18.50", "2026-12-05T08:30:00Z"); // the newest: inventory's WAC now

        // 18.50 × 1.40 = 25.90
        await().atMost(PATIENCE).untilAsserted(() -> given().header("Authorization", estimator)
                .get("/price-book/CAP-45/price").then().statusCode(200).body("cost", equalTo(18.5f))
                .body("unitPrice", equalTo(25.9f)));
        // Newer still, a truck the capacitor is only on its way to (a transfer dispatched there): no cost of its own
        // yet, which is no cost at all, not a cost of zero.
        UUID onItsWay = UUID.randomUUID();
        truckCost(shop, onItsWay, capacitor, "0", "2026-12-05T08:45:00Z");
        await().atMost(PATIENCE).untilAsserted(() -> given().header("Authorization", owner).get("/trucks/{id}/stock", onItsWay)
                .then().statusCode(200).body("items.size()", equalTo(1)));
        given().header("Authorization", estimator).get("/price-book/CAP-45/price").then().statusCode(200)
                .body("cost", equalTo(18.5f)).body("unitPrice", equalTo(25.9f));
        add(estimator, fixed("TRIP", 89)).statusCode(201).body("unitPrice", equalTo(89.0f));
        given().header("Authorization", owner).queryParam("order", "asc").get("/price-book").then().statusCode(200)
                .body("items.sku", equalTo(List.of("CAP-45", "TRIP"))).body("total", equalTo(2));
    }

    @Test
    void an_item_is_revised_at_its_version_and_its_sku_is_the_tenants_once() {
        String etag = add(estimator, fixed("TRIP", 89)).statusCode(201).extract().header("ETag");
        add(owner, fixed("TRIP", 95)).statusCode(409).body("errors.field", hasItem("sku"));
        Map<String, Object> terms = fixed("TRIP", 99);
        terms.remove("sku");

        given().header("Authorization", estimator).header("If-Match", etag).contentType(ContentType.JSON).body(terms)
                .put("/price-book/TRIP").then().statusCode(200).body("unitPrice", equalTo(99.0f))
                .body("version", equalTo(1));
        given().header("Authorization", estimator).header("If-Match", etag).contentType(ContentType.JSON).body(terms)
                .put("/price-book/TRIP").then().statusCode(412);
        terms.put("sku", "OTHER");
        given().header("Authorization", estimator).contentType(ContentType.JSON).body(terms)
                .put("/price-book/TRIP").then().statusCode(400).body("errors.field", hasItem("sku"));
        Map<String, Object> noProduct = markup("CAP", null, 40);
        add(estimator, noProduct).statusCode(422).body("errors.field", hasItem("productId"));
        Map<String, Object> both = fixed("BOTH", 10);
        both.put("markupPercent", 5);
        add(estimator, both).statusCode(422).body("errors.field", hasItem("markupPercent"));
        Map<String, Object> tooPrecise = fixed("PRECISE", 10);
        tooPrecise.put("price", 10.001);
        add(estimator, tooPrecise).statusCode(400).body("errors.field", hasItem("price"));
        given().header("Authorization", SuiteStack.bearer("globex", "owner")).get("/price-book/TRIP").then()
                .statusCode(404);
    }

    static Map<String, Object> settings() {
        Map<String, Object> body = new HashMap<>();
        body.put("taxRate", 0.0825);
        body.put("laborRates", Map.of("STANDARD", 95.00, "OVERTIME", 142.50, "EMERGENCY", 190.00));
        return body;
    }

    static ValidatableResponse setSettings(String token, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).put("/pricing/settings")
                .then();
    }

    static Map<String, Object> markup(String sku, UUID product, int percent) {
        Map<String, Object> body = new HashMap<>();
        body.put("sku", sku);
        body.put("name", "Run capacitor 45/5 µF");
        body.put("productId", product == null ? null : product.toString());
        body.put("pricing", "MARKUP");
        body.put("markupPercent", percent);
        return body;
    }

    static Map<String, Object> fixed(String sku, double price) {
        Map<String, Object> body = new HashMap<>();
        body.put("sku", sku);
        body.put("name", "Trip charge");
        body.put("taxable", false);
        body.put("pricing", "FIXED");
        body.put("price", price);
        return body;
    }

    static ValidatableResponse add(String token, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post("/price-book").then();
    }

    /** Inventory's stock level of the product on a truck, at {@code unitCost} (its WAC there) as of {@code asOf}. */
    static void truckCost(String tenant, UUID truck, UUID product, String unitCost, String asOf) {
        KafkaProbe.send(Topics.STOCK_LEVEL, truck.toString(), """
                {"stockLevelId":"%s","locationId":"%s","locationType":"TRUCK","vehicleId":"%s","productId":"%s",
                 "onHand":2,"reserved":0,"available":2,"inTransit":0,"unitCost":%s,"currency":"USD",
                 "movements":[{"movementId":"%s","kind":"ADJUSTMENT","quantity":2,"reservedChange":0,
                   "inTransitChange":0,"unitCost":%s,"value":0,"reason":null,
                   "referenceType":"stock-adjustment","referenceId":"%s"}],
                 "occurredAt":"%s"}""".formatted(UUID.randomUUID(), truck, UUID.randomUUID(), product, unitCost,
                UUID.randomUUID(), unitCost, UUID.randomUUID(), asOf), Map.of(EventHeaders.ID,
                UUID.randomUUID().toString(), EventHeaders.TYPE, "stock-level-changed", EventHeaders.SCHEMA_VERSION,
                "1", EventHeaders.TENANT, tenant, EventHeaders.TIME, Instant.now().toString(), EventHeaders.SOURCE,
                "/opsuite/inventory-transfer-service", EventHeaders.SPEC_VERSION, "1.0"));
    }
}
