package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.VehicleRequests.MANAGER;
import static dev.opsuite.fleet.interfaces.VehicleRequests.get;
import static dev.opsuite.fleet.interfaces.VehicleRequests.plate;
import static dev.opsuite.fleet.interfaces.VehicleRequests.reading;
import static dev.opsuite.fleet.interfaces.VehicleRequests.register;
import static dev.opsuite.fleet.interfaces.VehicleRequests.registered;
import static dev.opsuite.fleet.interfaces.VehicleRequests.truck;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityAndTenancyTest {

    @Test
    void without_a_token_the_answer_is_401_problem() {
        given().get("/vehicles").then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://opsuite.dev/problems/unauthenticated"));
        register("", truck(plate(), 1)).statusCode(401);
    }

    @Test
    void readers_read_but_cannot_register_403() {
        for (String role : new String[] { "dispatcher", "mechanic", "viewer" }) {
            String token = SuiteStack.bearer("acme", role);
            given().header("Authorization", token).get("/vehicles").then().statusCode(200);
            register(token, truck(plate(), 1)).statusCode(403)
                    .body("type", equalTo("https://opsuite.dev/problems/forbidden"));
        }
    }

    @Test
    void only_the_manager_and_mechanic_record_odometer_readings() {
        String id = registered(truck(plate(), 10));
        reading(SuiteStack.bearer("acme", "dispatcher"), id, null, 20, "2026-03-02T08:00:00Z").statusCode(403);
        reading(SuiteStack.bearer("acme", "viewer"), id, null, 20, "2026-03-02T08:00:00Z").statusCode(403);
        reading(SuiteStack.bearer("acme", "mechanic"), id, null, 20, "2026-03-02T08:00:00Z").statusCode(200);
    }

    @Test
    void a_role_of_another_service_is_403() {
        given().header("Authorization", SuiteStack.bearer("acme", "inventory-manager")).get("/vehicles").then()
                .statusCode(403);
    }

    @Test
    void another_tenants_vehicle_answers_404() {
        String id = registered(truck(plate(), 10));
        String globex = SuiteStack.bearer("globex", "fleet-manager");

        get(globex, id).statusCode(404).body("type", equalTo("https://opsuite.dev/problems/vehicle-not-found"));
        reading(globex, id, null, 20, "2026-03-02T08:00:00Z").statusCode(404);
        given().header("Authorization", globex).queryParam("size", 200).get("/vehicles").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        get(MANAGER, id).statusCode(200).body("odometerKm", equalTo(10));
    }

    @Test
    void an_unknown_vehicle_is_404() {
        get(MANAGER, UUID.randomUUID().toString()).statusCode(404);
    }
}
