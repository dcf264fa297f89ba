package dev.opsuite.inventory.interfaces;

import static io.restassured.RestAssured.given;

import dev.opsuite.testing.SuiteStack;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Small request builders for the note and receipt endpoints, as a client would call them. */
public final class NoteRequests {

    public static final String TENANT = "acme";
    public static final String MANAGER = SuiteStack.bearer(TENANT, "inventory-manager");
    public static final String CLERK = SuiteStack.bearer(TENANT, "warehouse-clerk");
    public static final String AUDITOR = SuiteStack.bearer(TENANT, "auditor");

    private NoteRequests() {
    }

    /** A quantity given as text ("4.5") travels as a JSON number (see {@link Fixtures#number}). */
    public static Map<String, Object> item(UUID productId, Object quantity) {
        return Map.of("productId", productId.toString(), "quantity", Fixtures.number(quantity));
    }

    public static Map<String, Object> received(UUID productId, Object received, Object damaged) {
        return Map.of("productId", productId.toString(), "receivedQuantity", Fixtures.number(received),
                "damagedQuantity", Fixtures.number(damaged));
    }

    public static ValidatableResponse createNote(String token, UUID origin, UUID destination, List<Map<String, Object>> items) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("originLocationId", origin.toString(), "destinationLocationId", destination.toString(),
                        "detail", items))
                .post("/transfers-dispatch-note").then();
    }

    /** A draft from a fresh warehouse to a fresh store; the warehouse holds nothing yet. */
    public static ValidatableResponse createNote(String token, List<Map<String, Object>> items) {
        return createNote(token, Fixtures.warehouse(), Fixtures.store(), items);
    }

    /**
     * A note from a fresh warehouse stocked with exactly its quantities (at 10.00 each) to a fresh
     * store, dispatched by the manager; returns its id.
     */
    public static String dispatchedNote(List<Map<String, Object>> items) {
        UUID origin = Fixtures.warehouse();
        for (Map<String, Object> item : items) {
            Fixtures.stock(origin, UUID.fromString((String) item.get("productId")), item.get("quantity"), 10);
        }
        String id = createNote(MANAGER, origin, Fixtures.store(), items).statusCode(201).extract().path("id");
        dispatch(MANAGER, id).statusCode(200);
        return id;
    }

    public static ValidatableResponse dispatch(String token, String noteId) {
        return given().header("Authorization", token).post("/transfers-dispatch-note/{id}/dispatch", noteId).then();
    }

    public static ValidatableResponse takeReceipt(String token, String noteId, String status, List<Map<String, Object>> items) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("transferDispatchNoteId", noteId, "status", status, "items", items))
                .post("/transfers-goods-receipt").then();
    }

    public static ValidatableResponse getNote(String token, String id) {
        return given().header("Authorization", token).get("/transfers-dispatch-note/{id}", id).then();
    }

    /** The stock level of a product at a location, as the API reports it (all zero when there is none). */
    public static JsonPath stockLevel(UUID location, UUID product) {
        String body = given().header("Authorization", MANAGER).queryParam("locationId", location.toString())
                .queryParam("productId", product.toString()).get("/stock").then().statusCode(200).extract().asString();
        return exact(body);
    }

    /** Numbers as the exact decimals they were sent as (RestAssured reads them as floats otherwise). */
    public static JsonPath exact(String json) {
        return new JsonPath(json).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    public static BigDecimal decimal(JsonPath json, String path) {
        Object value = json.get(path);
        return value == null ? null : new BigDecimal(value.toString());
    }
}
