package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.UnitRequests.DISPATCHER;
import static dev.opsuite.fleet.interfaces.UnitRequests.MANAGER;
import static dev.opsuite.fleet.interfaces.UnitRequests.VIEWER;
import static dev.opsuite.fleet.interfaces.UnitRequests.car;
import static dev.opsuite.fleet.interfaces.UnitRequests.disband;
import static dev.opsuite.fleet.interfaces.UnitRequests.driver;
import static dev.opsuite.fleet.interfaces.UnitRequests.formUnit;
import static dev.opsuite.fleet.interfaces.UnitRequests.patch;
import static dev.opsuite.fleet.interfaces.UnitRequests.readyDriver;
import static dev.opsuite.fleet.interfaces.UnitRequests.readyTrailer;
import static dev.opsuite.fleet.interfaces.UnitRequests.readyTruck;
import static dev.opsuite.fleet.interfaces.UnitRequests.trailer;
import static dev.opsuite.fleet.interfaces.UnitRequests.truck;
import static dev.opsuite.fleet.interfaces.UnitRequests.unit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.opsuite.testing.Race;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Forming, changing and disbanding transport units; who may be in one; the dispatchers' ready list. */
@QuarkusTest
class TransportUnitsTest {

    static final int RACERS = 8;

    @Test
    void a_unit_of_a_ready_driver_truck_and_trailer_is_ready_for_orders() {
        String driver = readyDriver();
        String truck = readyTruck();
        String trailer = readyTrailer("FRIGO");

        String id = formUnit(DISPATCHER, driver, truck, trailer).statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", "\"0\"")
                .body("status", equalTo("ACTIVE"))
                .body("readyForOrder", equalTo(true))
                .body("reasons", empty())
                .body("driver.id", equalTo(driver))
                .body("driver.employeeNumber", notNullValue())
                .body("vehicle.id", equalTo(truck))
                .body("vehicle.kind", equalTo("LKV"))
                .body("trailer.id", equalTo(trailer))
                .body("trailer.type", equalTo("FRIGO"))
                .body("createdBy", equalTo("test-dispatcher"))
                .extract().path("id");

        unit(VIEWER, id).statusCode(200).header("ETag", "\"0\"").body("readyForOrder", equalTo(true));
    }

    @Test
    void missing_or_malformed_members_are_400_naming_the_field() {
        formUnit(DISPATCHER, driver(), null, "not-a-uuid").statusCode(400).body("errors.field", hasItem("trailerId"));
        formUnit(DISPATCHER, driver(), null, trailer("MEGA")).statusCode(400).body("errors.field", hasItem("vehicleId"));
    }

    @Test
    void a_driver_vehicle_or_trailer_already_in_an_active_unit_is_409_naming_it() {
        String driver = driver();
        String truck = truck();
        String trailer = trailer("MEGA");
        formUnit(DISPATCHER, driver, truck, trailer).statusCode(201);

        formUnit(DISPATCHER, driver, truck(), trailer("MEGA")).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://opsuite.dev/problems/driver-already-in-unit"))
                .body("errors.field", hasItem("driverId"));
        formUnit(DISPATCHER, driver(), truck, trailer("MEGA")).statusCode(409)
                .body("type", equalTo("https://opsuite.dev/problems/vehicle-already-in-unit"))
                .body("errors.field", hasItem("vehicleId"));
        formUnit(DISPATCHER, driver(), truck(), trailer).statusCode(409)
                .body("type", equalTo("https://opsuite.dev/problems/trailer-already-in-unit"))
                .body("errors.field", hasItem("trailerId"));
    }

    @Test
    void the_same_driver_formed_into_units_at_once_lands_in_exactly_one() throws Exception {
        String driver = readyDriver();
        List<String[]> pairs = IntStream.range(0, RACERS).mapToObj(i -> new String[] { truck(), trailer("MEGA") }).toList();

        List<ExtractableResponse<Response>> answers = Race.all(pairs.stream()
                .<Callable<ExtractableResponse<Response>>>map(p -> () -> formUnit(DISPATCHER, driver, p[0], p[1]).extract())
                .toList());

        assertThat(answers).filteredOn(r -> r.statusCode() == 201).hasSize(1);
        assertThat(answers).filteredOn(r -> r.statusCode() != 201).hasSize(RACERS - 1).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.<String>path("type")).endsWith("/driver-already-in-unit");
            assertThat(r.<List<String>>path("errors.field")).contains("driverId");
        });
        given().header("Authorization", DISPATCHER).queryParam("driverId", driver).get("/transport-units").then()
                .statusCode(200).body("total", equalTo(1));
    }

    @Test
    void the_same_trailer_formed_into_units_at_once_lands_in_exactly_one() throws Exception {
        String trailer = trailer("STANDARD");
        List<String[]> pairs = IntStream.range(0, RACERS).mapToObj(i -> new String[] { driver(), truck() }).toList();

        List<ExtractableResponse<Response>> answers = Race.all(pairs.stream()
                .<Callable<ExtractableResponse<Response>>>map(p -> () -> formUnit(MANAGER, p[0], p[1], trailer).extract())
                .toList());

        assertThat(answers).extracting(ExtractableResponse::statusCode).containsOnly(201, 409);
        assertThat(answers).filteredOn(r -> r.statusCode() == 201).hasSize(1);
        assertThat(answers).filteredOn(r -> r.statusCode() == 409)
                .allSatisfy(r -> assertThat(r.<String>path("type")).endsWith("/trailer-already-in-unit"));
    }

    @Test
    void a_disbanded_unit_frees_its_members_and_is_never_ready() {
        String driver = readyDriver();
        String truck = readyTruck();
        String trailer = readyTrailer("MEGA");
        String id = formUnit(DISPATCHER, driver, truck, trailer).statusCode(201).extract().path("id");

        disband(DISPATCHER, id).statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("DISBANDED"))
                .body("readyForOrder", equalTo(false))
                .body("reasons", contains("UNIT_DISBANDED"));
        disband(DISPATCHER, id).statusCode(409)
                .body("type", equalTo("https://opsuite.dev/problems/unit-already-disbanded"));
        patch(DISPATCHER, "/transport-units/" + id, null, Map.of("driverId", driver())).statusCode(409)
                .body("type", equalTo("https://opsuite.dev/problems/unit-disbanded"));

        formUnit(DISPATCHER, driver, truck, trailer).statusCode(201).body("readyForOrder", equalTo(true));
    }

    @Test
    void members_are_swapped_with_if_match_and_the_readiness_follows() {
        String id = formUnit(DISPATCHER, readyDriver(), readyTruck(), readyTrailer("MEGA")).statusCode(201)
                .extract().path("id");
        String newcomer = driver();
        String busy = readyDriver();
        formUnit(DISPATCHER, busy, readyTruck(), readyTrailer("MEGA")).statusCode(201);

        patch(DISPATCHER, "/transport-units/" + id, "\"0\"", Map.of("driverId", newcomer)).statusCode(200)
                .header("ETag", "\"1\"")
                .body("driver.id", equalTo(newcomer))
                .body("readyForOrder", equalTo(false))
                .body("reasons", contains("DRIVER_DOCUMENTS_MISSING"));
        patch(DISPATCHER, "/transport-units/" + id, "\"0\"", Map.of("driverId", readyDriver())).statusCode(412);
        patch(DISPATCHER, "/transport-units/" + id, null, Map.of("driverId", busy)).statusCode(409)
                .body("errors.field", hasItem("driverId"));
        patch(DISPATCHER, "/transport-units/" + id, null, Map.of("vehicleId", car())).statusCode(422)
                .body("errors.field", hasItem("vehicleId"));
        patch(DISPATCHER, "/transport-units/" + id, null, Map.of("status", "DISBANDED")).statusCode(400)
                .body("errors.field", hasItem("status"));
        unit(DISPATCHER, id).statusCode(200).header("ETag", "\"1\"").body("driver.id", equalTo(newcomer));
    }

    @Test
    void the_ready_list_holds_only_ready_active_units() {
        String tenant = "units-" + UUID.randomUUID();
        String manager = UnitRequests.bearer(tenant, "fleet-manager");
        String dispatcher = UnitRequests.bearer(tenant, "dispatcher");
        String ready = TenantFleet.of(manager).readyUnit();
        String blocked = TenantFleet.of(manager).unitWithoutDocuments();
        String gone = TenantFleet.of(manager).readyUnit();
        disband(dispatcher, gone).statusCode(200);

        given().header("Authorization", dispatcher).queryParam("ready", true).get("/transport-units").then()
                .statusCode(200).body("total", equalTo(1)).body("items.id", contains(ready))
                .body("items.readyForOrder", everyItem(equalTo(true)));
        given().header("Authorization", dispatcher).queryParam("ready", "false").get("/transport-units").then()
                .statusCode(200).body("items.id", contains(blocked));
        given().header("Authorization", dispatcher).get("/transport-units").then()
                .statusCode(200).body("total", equalTo(2)).body("items.id", not(hasItem(gone)));
        given().header("Authorization", dispatcher).queryParam("status", "DISBANDED").get("/transport-units").then()
                .statusCode(200).body("items.id", contains(gone));
        given().header("Authorization", dispatcher).queryParam("status", "ACTIVE,DISBANDED").get("/transport-units")
                .then().statusCode(200).body("total", equalTo(3));
        for (var bad : List.of(Map.of("ready", "maybe"), Map.of("status", "GONE"), Map.of("driverId", "7"),
                Map.of("orderBy", "driver"))) {
            given().header("Authorization", dispatcher).queryParams(bad).get("/transport-units").then()
                    .statusCode(400).body("errors.field", hasItem(bad.keySet().iterator().next()));
        }
    }

    @Test
    void another_tenants_unit_and_members_are_404_or_unknown() {
        String driver = readyDriver();
        String truck = readyTruck();
        String trailer = readyTrailer("MEGA");
        String id = formUnit(DISPATCHER, driver, truck, trailer).statusCode(201).extract().path("id");
        String globex = UnitRequests.bearer("globex", "dispatcher");

        unit(globex, id).statusCode(404).body("type", equalTo("https://opsuite.dev/problems/transport-unit-not-found"));
        disband(globex, id).statusCode(404);
        patch(globex, "/transport-units/" + id, null, Map.of("driverId", driver)).statusCode(404);
        given().header("Authorization", globex).queryParam("size", 200).get("/transport-units").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        formUnit(globex, driver, truck, trailer).statusCode(422).body("errors.field", hasItem("driverId"));
        given().header("Authorization", UnitRequests.bearer("globex", "hr-admin")).get("/drivers/{id}", driver).then()
                .statusCode(404).body("type", equalTo("https://opsuite.dev/problems/driver-not-found"));
        given().header("Authorization", globex).get("/trailers/{id}", trailer).then().statusCode(404);
        patch(UnitRequests.bearer("globex", "fleet-manager"), "/trailers/" + trailer + "/status", null,
                Map.of("status", "IN_REPAIR")).statusCode(404);
        patch(UnitRequests.bearer("globex", "fleet-manager"), "/vehicles/" + truck + "/status", null,
                Map.of("status", "IN_REPAIR")).statusCode(404);
        patch(UnitRequests.bearer("globex", "hr-admin"), "/drivers/" + driver, null, Map.of("status", "INACTIVE"))
                .statusCode(404);
        unit(DISPATCHER, id).statusCode(200).body("readyForOrder", equalTo(true));
    }
}
