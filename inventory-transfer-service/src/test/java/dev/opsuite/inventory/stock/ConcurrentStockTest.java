package dev.opsuite.inventory.stock;

import static dev.opsuite.inventory.interfaces.NoteRequests.MANAGER;
import static dev.opsuite.inventory.interfaces.NoteRequests.createNote;
import static dev.opsuite.inventory.interfaces.NoteRequests.decimal;
import static dev.opsuite.inventory.interfaces.NoteRequests.dispatch;
import static dev.opsuite.inventory.interfaces.NoteRequests.item;
import static dev.opsuite.inventory.interfaces.NoteRequests.stockLevel;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.testing.Race;
import dev.opsuite.inventory.interfaces.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Stock never goes negative, also when requests race: many dispatches (and reservations) against
 * the same stock at the same moment; only those that fit succeed, the rest get a clear 409.
 */
@QuarkusTest
class ConcurrentStockTest {

    static final int RACERS = 16;

    @Test
    void parallel_dispatches_take_only_what_is_there() throws Exception {
        UUID warehouse = Fixtures.warehouse();
        UUID store = Fixtures.store();
        UUID cable = Fixtures.product("Cable");
        UUID fuse = Fixtures.product("Fuse");
        // 20 cables and 30 fuses; each note wants 2 cables and 3 fuses, so exactly 10 of 16 fit.
        Fixtures.stock(warehouse, cable, 20, "5.00");
        Fixtures.stock(warehouse, fuse, 30, "1.00");
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            // Alternate the line order, so that the racers name the rows in different orders (a deadlock, if locks were taken as listed).
            List<Map<String, Object>> items = i % 2 == 0 ? List.of(item(cable, 2), item(fuse, 3)) : List.of(item(fuse, 3), item(cable, 2));
            notes.add(createNote(MANAGER, warehouse, store, items).statusCode(201).extract().path("id"));
        }

        List<ExtractableResponse<Response>> answers = Race.all(notes.stream()
                .<Callable<ExtractableResponse<Response>>>map(id -> () -> dispatch(MANAGER, id).extract())
                .toList());

        assertThat(answers).filteredOn(r -> r.statusCode() == 200).hasSize(10);
        assertThat(answers).filteredOn(r -> r.statusCode() != 200).hasSize(6).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.<String>path("type")).endsWith("insufficient-stock");
        });
        assertThat(decimal(stockLevel(warehouse, cable), "items[0].onHand")).isEqualByComparingTo("0");
        assertThat(decimal(stockLevel(warehouse, fuse), "items[0].onHand")).isEqualByComparingTo("0");
        assertThat(decimal(stockLevel(store, cable), "items[0].inTransit")).isEqualByComparingTo("20");
        // The ledger agrees with the level: 10 dispatches of 2 cables out.
        given().header("Authorization", MANAGER).queryParam("locationId", warehouse.toString())
                .queryParam("productId", cable.toString()).queryParam("kind", "TRANSFER_OUT").get("/stock/movements")
                .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(10));
    }

    @Test
    void parallel_reservations_hold_only_what_is_available() throws Exception {
        UUID truck = Fixtures.truck();
        UUID filter = Fixtures.product("Oil filter");
        Fixtures.stock(truck, filter, 5, "8.00");

        List<ExtractableResponse<Response>> answers = Race.all(java.util.stream.IntStream.range(0, 8)
                .<Callable<ExtractableResponse<Response>>>mapToObj(i -> () -> given().header("Authorization", MANAGER)
                        .contentType(ContentType.JSON)
                        .body(Map.of("locationId", truck.toString(), "productId", filter.toString(), "quantity", 1,
                                "referenceType", "job", "referenceId", "JOB-" + i))
                        .post("/reservations").then().extract())
                .toList());

        assertThat(answers).filteredOn(r -> r.statusCode() == 201).hasSize(5);
        assertThat(answers).filteredOn(r -> r.statusCode() == 409).hasSize(3);
        var level = stockLevel(truck, filter);
        assertThat(decimal(level, "items[0].reserved")).isEqualByComparingTo("5");
        assertThat(decimal(level, "items[0].available")).isEqualByComparingTo("0");
    }
}
