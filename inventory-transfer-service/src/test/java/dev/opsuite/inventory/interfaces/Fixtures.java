package dev.opsuite.inventory.interfaces;

import static dev.opsuite.inventory.interfaces.NoteRequests.MANAGER;
import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Locations, products and stock made through the API, as a manager would set them up. */
public final class Fixtures {

    private Fixtures() {
    }

    public static UUID warehouse() {
        return location("WAREHOUSE", "Warehouse " + shortId(), null);
    }

    public static UUID store() {
        return location("STORE", "Store " + shortId(), null);
    }

    public static UUID truck() {
        return location("TRUCK", "Truck " + shortId(), UUID.randomUUID());
    }

    public static UUID location(String type, String name, UUID vehicleId) {
        Map<String, Object> body = new HashMap<>(Map.of("type", type, "name", name, "code", "L-" + UUID.randomUUID()));
        if (vehicleId != null) {
            body.put("vehicleId", vehicleId.toString());
        }
        return UUID.fromString(given().header("Authorization", MANAGER).contentType(ContentType.JSON).body(body)
                .post("/locations").then().statusCode(201).extract().path("id"));
    }

    public static UUID product(String name) {
        return UUID.fromString(given().header("Authorization", MANAGER).contentType(ContentType.JSON)
                .body(Map.of("sku", "SKU-" + UUID.randomUUID(), "name", name, "unit", "pcs"))
                .post("/products").then().statusCode(201).extract().path("id"));
    }

    /** Puts {@code quantity} at {@code unitCost} into a location (an opening balance). */
    public static void stock(UUID location, UUID product, Object quantity, Object unitCost) {
        given().header("Authorization", MANAGER).contentType(ContentType.JSON)
                .body(Map.of("locationId", location.toString(), "productId", product.toString(), "quantity", number(quantity),
                        "unitCost", number(unitCost), "reason", "OPENING_BALANCE"))
                .post("/stock-adjustments").then().statusCode(201);
    }

    /** Amounts given as text ("12.00", for exact decimals) travel as JSON numbers: the API takes no numeric strings. */
    public static Object number(Object value) {
        return value instanceof String text ? new java.math.BigDecimal(text) : value;
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
