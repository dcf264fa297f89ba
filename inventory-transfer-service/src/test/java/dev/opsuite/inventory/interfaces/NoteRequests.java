package dev.opsuite.inventory.interfaces;

import static io.restassured.RestAssured.given;

import dev.opsuite.testing.SuiteStack;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Small request builders for the note and receipt endpoints, as a client would call them. */
public final class NoteRequests {

    public static final String TENANT = "acme";
    public static final String MANAGER = SuiteStack.bearer(TENANT, "inventory-manager");

    private NoteRequests() {
    }

    public static Map<String, Object> item(UUID productId, Object quantity) {
        return Map.of("productId", productId.toString(), "quantity", quantity);
    }

    public static Map<String, Object> received(UUID productId, Object received, Object damaged) {
        return Map.of("productId", productId.toString(), "receivedQuantity", received, "damagedQuantity", damaged);
    }

    public static ValidatableResponse createNote(String token, UUID origin, UUID destination, List<Map<String, Object>> items) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("originLocationId", origin.toString(), "destinationLocationId", destination.toString(),
                        "detail", items))
                .post("/transfers-dispatch-note").then();
    }

    /** A note created and dispatched by the manager; returns its id. */
    public static String dispatchedNote(List<Map<String, Object>> items) {
        String id = createNote(MANAGER, UUID.randomUUID(), UUID.randomUUID(), items).statusCode(201).extract().path("id");
        given().header("Authorization", MANAGER).post("/transfers-dispatch-note/{id}/dispatch", id).then().statusCode(200);
        return id;
    }

    public static ValidatableResponse takeReceipt(String token, String noteId, String status, List<Map<String, Object>> items) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("transferDispatchNoteId", noteId, "status", status, "items", items))
                .post("/transfers-goods-receipt").then();
    }

    public static ValidatableResponse getNote(String token, String id) {
        return given().header("Authorization", token).get("/transfers-dispatch-note/{id}", id).then();
    }
}
