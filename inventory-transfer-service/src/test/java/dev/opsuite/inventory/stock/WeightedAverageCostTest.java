package dev.opsuite.inventory.stock;

import static dev.opsuite.inventory.interfaces.NoteRequests.MANAGER;
import static dev.opsuite.inventory.interfaces.NoteRequests.createNote;
import static dev.opsuite.inventory.interfaces.NoteRequests.decimal;
import static dev.opsuite.inventory.interfaces.NoteRequests.dispatch;
import static dev.opsuite.inventory.interfaces.NoteRequests.getNote;
import static dev.opsuite.inventory.interfaces.NoteRequests.item;
import static dev.opsuite.inventory.interfaces.NoteRequests.received;
import static dev.opsuite.inventory.interfaces.NoteRequests.stockLevel;
import static dev.opsuite.inventory.interfaces.NoteRequests.takeReceipt;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.opsuite.inventory.interfaces.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * WAC and cost detail on a worked example, every number checked by hand in the comments: several
 * receipts at different costs, a cost that follows the WAC while a draft and freezes at dispatch,
 * partial receipts, damage, a transfer into a location that already holds stock, and closing short.
 */
@QuarkusTest
class WeightedAverageCostTest {

    @Test
    void a_transfer_from_first_receipt_to_closing_short() {
        UUID warehouse = Fixtures.warehouse();
        UUID store = Fixtures.store();
        UUID cable = Fixtures.product("Cable NYM 3x1.5");

        // Two receipts into the warehouse at different costs: (100 x 10.00 + 50 x 13.00) / 150 = 11.00
        Fixtures.stock(warehouse, cable, 100, "10.00");
        Fixtures.stock(warehouse, cable, 50, "13.00");
        assertLevel(warehouse, cable, "150", "0", "11.000000");
        // The store already holds 20 at 12.50.
        Fixtures.stock(store, cable, 20, "12.50");

        // A draft's cost follows the origin's current WAC: 30 x 11.00 = 330.00.
        String note = createNote(MANAGER, warehouse, store, List.of(item(cable, 30))).statusCode(201)
                .body("costDetail.frozen", equalTo(false))
                .body("costDetail.items[0].unitCost", equalTo(11.0f))
                .body("costDetail.total", equalTo(330.0f))
                .extract().path("id");

        // Another receipt before dispatch: (150 x 11.00 + 30 x 14.00) / 180 = 2070 / 180 = 11.50 — the draft follows.
        Fixtures.stock(warehouse, cable, 30, "14.00");
        getNote(MANAGER, note).body("costDetail.items[0].unitCost", equalTo(11.5f)).body("costDetail.total", equalTo(345.0f));

        // Dispatch freezes 11.50: 30 x 11.50 = 345.00; the warehouse keeps 150 at an unchanged WAC, 30 are in transit.
        dispatch(MANAGER, note).statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("costDetail.frozen", equalTo(true))
                .body("costDetail.items[0].unitCost", equalTo(11.5f))
                .body("costDetail.items[0].totalCost", equalTo(345.0f))
                .body("costDetail.total", equalTo(345.0f));
        assertLevel(warehouse, cable, "150", "0", "11.500000");
        assertThat(decimal(stockLevel(store, cable), "items[0].inTransit")).isEqualByComparingTo("30");

        // Later receipts at the warehouse move its WAC, not the dispatched note's cost: (150 x 11.5 + 50 x 20) / 200 = 13.625
        Fixtures.stock(warehouse, cable, 50, "20.00");
        assertLevel(warehouse, cable, "200", "0", "13.625000");
        getNote(MANAGER, note).body("costDetail.total", equalTo(345.0f));

        // First receipt: 10 in good order, 2 damaged. Store: (20 x 12.50 + 10 x 11.50) / 30 = 365 / 30 = 12.166667
        takeReceipt(MANAGER, note, "APPROVED", List.of(received(cable, 10, 2))).statusCode(201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertLevel(store, cable, "30", "18", "12.166667"));
        getNote(MANAGER, note).body("status", equalTo("RECEIVING")).body("transferGoodsReceiptStatus", equalTo("PARTIAL"))
                .body("receiptSummary[0].outstanding", equalTo(18));
        // The damage is written off at the frozen cost: 2 x 11.50 = 23.00.
        given().header("Authorization", MANAGER).queryParam("locationId", store.toString())
                .queryParam("kind", "TRANSFER_DAMAGE_WRITE_OFF").get("/stock/movements").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].value", equalTo(23.0f))
                .body("items[0].inTransitChange", equalTo(-2.0f))
                .body("items[0].referenceType", equalTo("transfer-goods-receipt"));

        // Second receipt, taken as a draft and approved later: (30 x 12.166667 + 8 x 11.50) / 38 = 12.026316
        String draft = takeReceipt(MANAGER, note, "DRAFT", List.of(received(cable, 8, 0))).statusCode(201).extract().path("id");
        assertLevel(store, cable, "30", "18", "12.166667");
        given().header("Authorization", MANAGER).post("/transfers-goods-receipt/{id}/approve", draft).then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertLevel(store, cable, "38", "10", "12.026316"));

        // The last 10 never arrive: closed short, 10 x 11.50 = 115.00 recorded as a discrepancy; nothing in transit any more.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> getNote(MANAGER, note).body("receiptSummary[0].outstanding", equalTo(10)));
        given().header("Authorization", MANAGER).contentType(ContentType.JSON).body(Map.of("reason", "Pallet lost by the carrier"))
                .post("/transfers-dispatch-note/{id}/close-short", note).then().statusCode(200)
                .body("status", equalTo("CLOSED_SHORT"))
                .body("transferGoodsReceiptStatus", equalTo("PARTIAL"))
                .body("receiptSummary[0].shortage", equalTo(10))
                .body("receiptSummary[0].outstanding", equalTo(0))
                .body("discrepancies[0].quantity", equalTo(10))
                .body("discrepancies[0].value", equalTo(115.0f))
                .body("closingReason", equalTo("Pallet lost by the carrier"));
        assertLevel(store, cable, "38", "0", "12.026316");
        getNote(MANAGER, note).body("discrepancies[0].value", equalTo(115.0f));
    }

    @Test
    void line_values_are_rounded_half_up_to_cents_and_the_total_is_their_sum() {
        UUID warehouse = Fixtures.warehouse();
        UUID wire = Fixtures.product("Wire");
        UUID fuse = Fixtures.product("Fuse");
        Fixtures.stock(warehouse, wire, 10, "0.335");
        Fixtures.stock(warehouse, fuse, 10, "24.41");

        // 3 x 0.335 = 1.005 -> 1.01; 4.5 x 24.41 = 109.845 -> 109.85; total 110.86
        String note = createNote(MANAGER, warehouse, Fixtures.store(), List.of(item(wire, 3), item(fuse, "4.5")))
                .statusCode(201).extract().path("id");
        dispatch(MANAGER, note).statusCode(200)
                .body("costDetail.items[0].unitCost", equalTo(0.335f))
                .body("costDetail.items[0].totalCost", equalTo(1.01f))
                .body("costDetail.items[1].totalCost", equalTo(109.85f))
                .body("costDetail.total", equalTo(110.86f));
    }

    @Test
    void dispatching_more_than_is_available_is_refused_naming_the_line_and_nothing_moves() {
        UUID warehouse = Fixtures.warehouse();
        UUID cable = Fixtures.product("Cable");
        UUID fuse = Fixtures.product("Fuse");
        Fixtures.stock(warehouse, cable, 10, "1.00");
        Fixtures.stock(warehouse, fuse, 2, "1.00");
        String note = createNote(MANAGER, warehouse, Fixtures.store(), List.of(item(cable, 5), item(fuse, 3)))
                .statusCode(201).extract().path("id");

        dispatch(MANAGER, note).statusCode(409).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("insufficient-stock"))
                .body("errors[0].field", equalTo("detail[1].quantity"));

        assertLevel(warehouse, cable, "10", "0", "1.000000");
        getNote(MANAGER, note).body("status", equalTo("DRAFT"));
    }

    private static void assertLevel(UUID location, UUID product, String onHand, String inTransit, String unitCost) {
        JsonPath level = stockLevel(location, product);
        assertThat(decimal(level, "items[0].onHand")).as("on hand").isEqualByComparingTo(onHand);
        assertThat(decimal(level, "items[0].inTransit")).as("in transit").isEqualByComparingTo(inTransit);
        assertThat(decimal(level, "items[0].unitCost")).as("WAC").isEqualTo(new BigDecimal(unitCost));
    }
}
