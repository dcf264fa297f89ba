package dev.opsuite.field.technicians.interfaces;

import static dev.opsuite.field.testing.FieldRequests.registerTechnician;
import static dev.opsuite.field.testing.FieldRequests.technician;
import static dev.opsuite.field.testing.FieldRequests.uniqueUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Technicians as an admin or dispatcher keeps them: skills, working hours, truck, time off. */
@QuarkusTest
class TechnicianTest {

    static final String ADMIN = SuiteStack.bearer("acme", "admin");

    @Test
    void a_technician_is_registered_revised_with_if_match_and_listed_by_trade() {
        String user = uniqueUser("tom");
        var body = technician(user, "HVAC", 2);
        body.put("timeZone", "Europe/Prague");
        String id = registerTechnician(ADMIN, body).statusCode(201)
                .header("ETag", "\"0\"")
                .body("userId", equalTo(user))
                .body("timeZone", equalTo("Europe/Prague"))
                .body("skills[0].trade", equalTo("HVAC"))
                .body("workingHours[0].weekday", equalTo("MONDAY"))
                .body("workingHours[0].from", equalTo("07:00:00"))
                .extract().path("id");
        String vehicle = UUID.randomUUID().toString();
        var revision = Map.of("name", "Tom Hale", "skills", List.of(Map.of("trade", "PLUMBING", "level", 3)),
                "workingHours", List.of(), "truck", Map.of("vehicleId", vehicle, "truckLocationId", UUID.randomUUID().toString()));

        given().header("Authorization", ADMIN).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(revision)
                .put("/technicians/{id}", id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("truck.vehicleId", equalTo(vehicle))
                .body("timeZone", equalTo("UTC"));
        given().header("Authorization", ADMIN).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(revision)
                .put("/technicians/{id}", id).then().statusCode(412);
        given().header("Authorization", SuiteStack.bearer("acme", "dispatcher")).queryParam("trade", "PLUMBING")
                .get("/technicians").then().statusCode(200)
                .body("id", hasItem(id)).body("skills.trade.flatten()", everyItem(equalTo("PLUMBING")));
        given().header("Authorization", ADMIN).queryParam("trade", "HVAC").get("/technicians").then().statusCode(200)
                .body("id", not(hasItem(id)));
    }

    @Test
    void a_login_or_truck_another_technician_has_is_409_naming_it() {
        String user = uniqueUser("pia");
        registerTechnician(ADMIN, technician(user, "PLUMBING", 1)).statusCode(201);
        registerTechnician(ADMIN, technician(user, "PLUMBING", 1)).statusCode(409)
                .body("type", equalTo("https://opsuite.dev/problems/technician-user-taken"))
                .body("errors.field", hasItem("userId"));

        Map<String, Object> truck = Map.of("vehicleId", UUID.randomUUID().toString(), "truckLocationId",
                UUID.randomUUID().toString());
        var first = technician(uniqueUser("a"), "HVAC", 1);
        first.put("truck", truck);
        registerTechnician(ADMIN, first).statusCode(201);
        var second = technician(uniqueUser("b"), "HVAC", 1);
        second.put("truck", truck);
        registerTechnician(ADMIN, second).statusCode(409).body("errors.field", hasItem("truck.vehicleId"));
    }

    @Test
    void time_off_is_recorded_refused_when_it_overlaps_and_cancelled() {
        String id = registerTechnician(ADMIN, technician(uniqueUser("ed"), "ELECTRICAL", 3)).statusCode(201)
                .extract().path("id");
        var training = Map.of("from", "2026-06-01T00:00:00Z", "to", "2026-06-03T00:00:00Z", "reason", "Training");

        String timeOff = given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(training)
                .post("/technicians/{id}/time-off", id).then().statusCode(201)
                .body("timeOff[0].reason", equalTo("Training")).extract().path("timeOff[0].id");
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(training)
                .post("/technicians/{id}/time-off", id).then().statusCode(409)
                .body("type", equalTo("https://opsuite.dev/problems/time-off-overlaps"))
                .body("errors.field", hasItem("from"));
        given().header("Authorization", ADMIN).delete("/technicians/{id}/time-off/{t}", id, timeOff).then().statusCode(204);
        given().header("Authorization", ADMIN).get("/technicians/{id}", id).then().statusCode(200)
                .body("timeOff.size()", equalTo(0));
    }

    @Test
    void bad_values_are_400_naming_the_field_and_another_tenants_technician_404() {
        var badZone = technician(uniqueUser("z"), "HVAC", 1);
        badZone.put("timeZone", "Mars/Olympus");
        registerTechnician(ADMIN, badZone).statusCode(400).body("errors.field", hasItem("timeZone"));
        registerTechnician(ADMIN, technician(uniqueUser("z"), "HVAC", 4)).statusCode(400)
                .body("errors.field", hasItem("skills[0].level"));
        var twice = technician(uniqueUser("z"), "HVAC", 1);
        twice.put("skills", List.of(Map.of("trade", "HVAC", "level", 1), Map.of("trade", "HVAC", "level", 2)));
        registerTechnician(ADMIN, twice).statusCode(422).body("errors.field", hasItem("skills"));

        String id = registerTechnician(ADMIN, technician(uniqueUser("g"), "HVAC", 1)).statusCode(201).extract().path("id");
        given().header("Authorization", SuiteStack.bearer("globex", "admin")).get("/technicians/{id}", id).then()
                .statusCode(404);
    }
}
