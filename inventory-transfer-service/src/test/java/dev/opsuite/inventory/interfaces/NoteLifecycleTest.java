package dev.opsuite.inventory.interfaces;

import static dev.opsuite.inventory.interfaces.NoteRequests.CLERK;
import static dev.opsuite.inventory.interfaces.NoteRequests.MANAGER;
import static dev.opsuite.inventory.interfaces.NoteRequests.createNote;
import static dev.opsuite.inventory.interfaces.NoteRequests.dispatch;
import static dev.opsuite.inventory.interfaces.NoteRequests.getNote;
import static dev.opsuite.inventory.interfaces.NoteRequests.item;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Draft to Active to Cancelled or deleted: only drafts are edited or deleted, and every change is an event. */
@QuarkusTest
class NoteLifecycleTest {

    UUID cable;
    UUID fuse;

    /** Made per test through the API; the application is up by now (it is not when the test instance is built). */
    @BeforeEach
    void products() {
        cable = Fixtures.product("Cable");
        fuse = Fixtures.product("Fuse");
    }

    @Test
    void a_draft_is_edited_with_if_match_and_its_transport_detail_kept() {
        UUID newDestination = Fixtures.truck();
        UUID trip = UUID.randomUUID();
        String id = createNote(CLERK, List.of(item(cable, 5))).statusCode(201).extract().path("id");

        patch(CLERK, id, "\"0\"", Map.of("destinationLocationId", newDestination.toString(),
                        "detail", List.of(item(cable, 3), item(fuse, 2)),
                        "transportDetail", Map.of("carrier", "Own fleet", "tripTicketId", trip.toString(),
                                "driverName", "Jan Novák", "trackingNumber", "TT-1")))
                .statusCode(200).header("ETag", "\"1\"")
                .body("destinationLocationId", equalTo(newDestination.toString()))
                .body("detail.productId", hasItem(fuse.toString()))
                .body("receiptSummary.size()", equalTo(2))
                .body("transportDetail.driverName", equalTo("Jan Novák"))
                .body("transportDetail.tripTicketId", equalTo(trip.toString()))
                .body("updatedBy", equalTo("test-warehouse-clerk"));

        patch(CLERK, id, "\"0\"", Map.of("detail", List.of(item(cable, 1)))).statusCode(412);
    }

    @Test
    void fields_the_seed_calls_non_editable_are_refused_by_name() {
        String id = createNote(MANAGER, List.of(item(cable, 5))).statusCode(201).extract().path("id");

        patch(MANAGER, id, null, Map.of("status", "ACTIVE")).statusCode(400)
                .body("errors.field", hasItem("status"));
        patch(MANAGER, id, null, Map.of("documentNumber", "TDN-1999-000001", "receiptSummary", List.of())).statusCode(400)
                .body("errors.field", hasItem("documentNumber"))
                .body("errors.field", hasItem("receiptSummary"));
        getNote(MANAGER, id).body("status", equalTo("DRAFT")).header("ETag", "\"0\"");
    }

    @Test
    void an_unknown_product_or_location_is_a_422_naming_the_field() {
        createNote(MANAGER, List.of(item(cable, 1), item(UUID.randomUUID(), 1))).statusCode(422)
                .body("errors.field", hasItem("detail[1].productId"));
        createNote(MANAGER, UUID.randomUUID(), Fixtures.store(), List.of(item(cable, 1))).statusCode(422)
                .body("errors.field", hasItem("originLocationId"));
    }

    @Test
    void a_dispatched_note_is_neither_edited_nor_deleted_nor_cancelled() {
        String id = NoteRequests.dispatchedNote(List.of(item(cable, 2)));

        patch(MANAGER, id, null, Map.of("detail", List.of(item(cable, 1)))).statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("note-not-draft"));
        given().header("Authorization", MANAGER).delete("/transfers-dispatch-note/{id}", id).then().statusCode(409);
        given().header("Authorization", MANAGER).post("/transfers-dispatch-note/{id}/cancel", id).then().statusCode(409);
    }

    @Test
    void a_deleted_draft_leaves_every_list_and_answers_404() {
        UUID origin = Fixtures.warehouse();
        String id = createNote(MANAGER, origin, Fixtures.store(), List.of(item(cable, 1))).statusCode(201).extract().path("id");

        given().header("Authorization", CLERK).delete("/transfers-dispatch-note/{id}", id).then().statusCode(204);

        getNote(MANAGER, id).statusCode(404);
        given().header("Authorization", MANAGER).queryParam("originLocationId", origin.toString())
                .get("/transfers-dispatch-note/search").then().statusCode(200)
                .body("total", equalTo(0)).body("items.id", not(hasItem(id)));
        var events = KafkaProbe.read(Topics.TRANSFER_DISPATCH_NOTE,
                r -> r.key().equals(id) && "transfer-dispatch-note-updated".equals(KafkaProbe.header(r, EventHeaders.TYPE)),
                1, Duration.ofSeconds(15));
        assertThat(NoteRequests.exact(events.get(0).value()).getString("change")).isEqualTo("DELETED");
    }

    @Test
    void a_cancelled_draft_stays_on_record() {
        String id = createNote(MANAGER, List.of(item(cable, 1))).statusCode(201).extract().path("id");

        given().header("Authorization", MANAGER).post("/transfers-dispatch-note/{id}/cancel", id).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));

        getNote(MANAGER, id).statusCode(200).body("status", equalTo("CANCELLED")).body("costDetail", equalTo(null));
        dispatch(MANAGER, id).statusCode(409);
    }

    @Test
    void create_update_and_dispatch_are_published_in_order() {
        String id = NoteRequests.dispatchedNote(List.of(item(cable, 4)));

        var events = KafkaProbe.read(Topics.TRANSFER_DISPATCH_NOTE, r -> r.key().equals(id), 3, Duration.ofSeconds(15));

        assertThat(events).extracting(r -> KafkaProbe.header(r, EventHeaders.TYPE))
                .containsExactly("transfer-dispatch-note-created", "transfer-dispatch-note-updated",
                        "transfer-dispatch-note-dispatched");
        var dispatched = NoteRequests.exact(events.get(2).value());
        assertThat(NoteRequests.decimal(dispatched, "items[0].unitCost")).isEqualTo(new java.math.BigDecimal("10.000000"));
        assertThat(NoteRequests.decimal(dispatched, "totalCost.amount")).isEqualTo(new java.math.BigDecimal("40.00"));
    }

    @Test
    void every_stock_change_is_published_with_the_level_and_a_trucks_vehicle() {
        UUID truck = Fixtures.truck();
        Fixtures.stock(truck, cable, 6, "2.50");
        String note = createNote(MANAGER, truck, Fixtures.warehouse(), List.of(item(cable, 4))).statusCode(201).extract().path("id");
        dispatch(MANAGER, note).statusCode(200);
        String level = NoteRequests.stockLevel(truck, cable).getString("items[0].id");

        var events = KafkaProbe.read(Topics.STOCK_LEVEL, r -> r.key().equals(level), 2, Duration.ofSeconds(15));

        assertThat(events).hasSize(2)
                .allSatisfy(r -> assertThat(KafkaProbe.header(r, EventHeaders.TYPE)).isEqualTo("stock-level-changed"));
        var opening = NoteRequests.exact(events.get(0).value());
        var shipped = NoteRequests.exact(events.get(1).value());
        assertThat(opening.getString("locationType")).isEqualTo("TRUCK");
        assertThat(opening.getString("vehicleId")).isNotNull();
        assertThat(opening.getString("movements[0].kind")).isEqualTo("ADJUSTMENT");
        assertThat(shipped.getString("movements[0].kind")).isEqualTo("TRANSFER_OUT");
        assertThat(NoteRequests.decimal(shipped, "onHand")).isEqualByComparingTo("2");
        assertThat(NoteRequests.decimal(shipped, "movements[0].value")).isEqualByComparingTo("-10.00");
        assertThat(shipped.getString("movements[0].referenceId")).isEqualTo(note);
    }

    @Test
    void reserved_stock_is_not_available_to_a_dispatch_until_released() {
        UUID warehouse = Fixtures.warehouse();
        Fixtures.stock(warehouse, cable, 10, "2.00");
        String reservation = given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body(Map.of("locationId", warehouse.toString(), "productId", cable.toString(), "quantity", 6,
                        "referenceType", "job", "referenceId", "JOB-2026-0042"))
                .post("/reservations").then().statusCode(201).body("status", equalTo("ACTIVE")).extract().path("id");
        String note = createNote(MANAGER, warehouse, Fixtures.store(), List.of(item(cable, 5))).statusCode(201).extract().path("id");

        dispatch(MANAGER, note).statusCode(409).body("errors[0].field", equalTo("detail[0].quantity"));

        given().header("Authorization", CLERK).contentType(ContentType.JSON).body(Map.of("quantity", 2))
                .post("/reservations/{id}/consume", reservation).then().statusCode(200)
                .body("consumed", equalTo(2.0f)).body("remaining", equalTo(4.0f));
        given().header("Authorization", CLERK).post("/reservations/{id}/release", reservation).then().statusCode(200)
                .body("status", equalTo("RELEASED"));
        given().header("Authorization", MANAGER).queryParam("referenceType", "job").queryParam("referenceId", "JOB-2026-0042")
                .get("/reservations").then().statusCode(200).body("items.id", hasItem(reservation));

        // 10 - 2 consumed = 8 on hand, nothing reserved: the 5 now fit.
        dispatch(MANAGER, note).statusCode(200);
        var level = NoteRequests.stockLevel(warehouse, cable);
        assertThat(NoteRequests.decimal(level, "items[0].onHand")).isEqualByComparingTo("3");
        assertThat(NoteRequests.decimal(level, "items[0].reserved")).isEqualByComparingTo("0");
    }

    @Test
    void stock_adjustments_need_a_reason_and_for_additions_a_unit_cost() {
        UUID warehouse = Fixtures.warehouse();
        adjust(Map.of("locationId", warehouse.toString(), "productId", cable.toString(), "quantity", 5, "reason", "OPENING_BALANCE"))
                .statusCode(422).body("errors.field", hasItem("unitCost"));
        adjust(Map.of("locationId", warehouse.toString(), "productId", cable.toString(), "quantity", 5, "unitCost", 3))
                .statusCode(400).body("errors.field", hasItem("reason"));
        adjust(Map.of("locationId", warehouse.toString(), "productId", cable.toString(), "quantity", -1, "reason", "LOSS"))
                .statusCode(409).body("type", org.hamcrest.Matchers.endsWith("insufficient-stock"));
        adjust(Map.of("locationId", warehouse.toString(), "productId", cable.toString(), "quantity", 5, "unitCost", 3,
                "reason", "COUNT_CORRECTION", "remark", "Found behind rack 4"))
                .statusCode(201).body("level.onHand", equalTo(5.0f)).body("movement.reason", equalTo("COUNT_CORRECTION: Found behind rack 4"));
        given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body(Map.of("locationId", warehouse.toString(), "productId", cable.toString(), "quantity", 1, "unitCost", 3,
                        "reason", "COUNT_CORRECTION"))
                .post("/stock-adjustments").then().statusCode(403);
        given().header("Authorization", MANAGER).queryParam("locationId", "not-a-uuid").get("/stock").then().statusCode(400)
                .body("errors.field", hasItem("locationId"));
    }

    private static ValidatableResponse adjust(Map<String, Object> body) {
        return given().header("Authorization", MANAGER).contentType(ContentType.JSON).body(body).post("/stock-adjustments").then();
    }

    private static ValidatableResponse patch(String token, String id, String ifMatch, Map<String, Object> body) {
        var request = given().header("Authorization", token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.patch("/transfers-dispatch-note/{id}", id).then();
    }
}
