package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.VehicleRequests.MANAGER;
import static dev.opsuite.fleet.interfaces.VehicleRequests.car;
import static dev.opsuite.fleet.interfaces.VehicleRequests.get;
import static dev.opsuite.fleet.interfaces.VehicleRequests.plate;
import static dev.opsuite.fleet.interfaces.VehicleRequests.reading;
import static dev.opsuite.fleet.interfaces.VehicleRequests.register;
import static dev.opsuite.fleet.interfaces.VehicleRequests.registered;
import static dev.opsuite.fleet.interfaces.VehicleRequests.truck;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VehicleRegisterTest {

    @Test
    void a_registered_truck_is_active_and_readable_with_its_etag() {
        String plate = plate();
        String id = register(MANAGER, truck(plate.toLowerCase(), 95_000))
                .statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", "\"0\"")
                .body("registrationNumber", equalTo(plate))
                .body("kind", equalTo("LKV"))
                .body("status", equalTo("ACTIVE"))
                .body("odometerKm", equalTo(95_000))
                .body("assignmentMode", equalTo(null))
                .body("createdBy", equalTo("test-fleet-manager"))
                .extract().path("id");

        get(SuiteStack.bearer("acme", "viewer"), id).statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("make", equalTo("MAN"));
    }

    @Test
    void a_light_vehicle_keeps_its_assignment_mode() {
        register(MANAGER, car(plate(), "POOL")).statusCode(201)
                .body("kind", equalTo("PKV")).body("assignmentMode", equalTo("POOL"));
    }

    @Test
    void a_registration_number_taken_in_the_tenant_is_409_naming_it() {
        String plate = plate();
        registered(truck(plate, 10));

        register(MANAGER, truck(" " + plate.toLowerCase() + " ", 20)).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://opsuite.dev/problems/registration-number-taken"))
                .body("errors.field", hasItem("registrationNumber"));
        // Another business may use the same plate.
        register(SuiteStack.bearer("globex", "fleet-manager"), truck(plate, 10)).statusCode(201);
    }

    @Test
    void missing_or_bad_fields_are_400_naming_them() {
        var body = truck(plate(), -5);
        body.remove("make");
        body.put("vin", "TOO-SHORT");
        register(MANAGER, body).statusCode(400)
                .body("type", equalTo("https://opsuite.dev/problems/validation-failed"))
                .body("errors.field", hasItem("make"))
                .body("errors.field", hasItem("odometerKm"))
                .body("errors.field", hasItem("vin"));

        var unknownKind = truck(plate(), 1);
        unknownKind.put("kind", "BUS");
        register(MANAGER, unknownKind).statusCode(400).body("errors.field", hasItem("kind"));
    }

    @Test
    void lists_are_paged_with_a_total_and_filter_by_kind_and_status() {
        String lkv = registered(truck(plate(), 1));
        registered(car(plate(), "SPARE"));
        registered(car(plate(), "ASSIGNED_TO_DRIVER"));

        given().header("Authorization", MANAGER).queryParam("kind", "PKV").queryParam("status", "ACTIVE")
                .queryParam("size", 1).get("/vehicles").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items.kind", everyItem(equalTo("PKV")))
                .body("page", equalTo(1))
                .body("size", equalTo(1))
                .body("total", greaterThanOrEqualTo(2))
                .body("totalPages", greaterThanOrEqualTo(2));
        given().header("Authorization", MANAGER).queryParam("kind", "LKV").queryParam("order", "desc").queryParam("size", 200).get("/vehicles").then()
                .statusCode(200).body("items.id", hasItem(lkv)).body("items.kind", everyItem(equalTo("LKV")));
        given().header("Authorization", MANAGER).queryParam("status", "IN_REPAIR").get("/vehicles").then()
                .statusCode(200).body("total", equalTo(0));
        given().header("Authorization", MANAGER).queryParam("kind", "BUS").get("/vehicles").then()
                .statusCode(400).body("errors.field", hasItem("kind"));
        given().header("Authorization", MANAGER).queryParam("orderBy", "vin").get("/vehicles").then()
                .statusCode(400).body("errors.field", hasItem("orderBy"));
    }

    @Test
    void odometer_readings_go_up_and_move_the_etag() {
        String id = registered(truck(plate(), 1_000));
        String mechanic = SuiteStack.bearer("acme", "mechanic");

        reading(mechanic, id, "\"0\"", 1_250, "2026-03-02T08:00:00Z").statusCode(200)
                .header("ETag", "\"1\"")
                .body("odometerKm", equalTo(1_250))
                .body("odometerReadAt", equalTo("2026-03-02T08:00:00Z"))
                .body("updatedBy", equalTo("test-mechanic"));

        reading(mechanic, id, null, 1_249, "2026-03-03T08:00:00Z").statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://opsuite.dev/problems/odometer-decreased"))
                .body("errors.field", hasItem("odometerKm"));
        get(MANAGER, id).statusCode(200).header("ETag", "\"1\"").body("odometerKm", equalTo(1_250));
    }

    @Test
    void a_stale_if_match_is_412() {
        String id = registered(truck(plate(), 1_000));
        reading(MANAGER, id, "\"0\"", 1_100, "2026-03-02T08:00:00Z").statusCode(200);

        reading(MANAGER, id, "\"0\"", 1_200, "2026-03-02T09:00:00Z").statusCode(412)
                .body("type", equalTo("https://opsuite.dev/problems/stale-version"));
        get(MANAGER, id).body("odometerKm", equalTo(1_100));
    }

    @Test
    void a_reading_without_a_time_is_400_naming_it() {
        String id = registered(truck(plate(), 1_000));
        reading(MANAGER, id, null, 1_100, null).statusCode(400).body("errors.field", hasItem("readAt"));
    }
}
