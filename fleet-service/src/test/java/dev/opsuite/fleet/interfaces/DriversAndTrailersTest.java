package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.UnitRequests.HR;
import static dev.opsuite.fleet.interfaces.UnitRequests.MANAGER;
import static dev.opsuite.fleet.interfaces.UnitRequests.bearer;
import static dev.opsuite.fleet.interfaces.UnitRequests.driver;
import static dev.opsuite.fleet.interfaces.UnitRequests.patch;
import static dev.opsuite.fleet.interfaces.UnitRequests.registerDriver;
import static dev.opsuite.fleet.interfaces.UnitRequests.registerTrailer;
import static dev.opsuite.fleet.interfaces.UnitRequests.trailer;
import static dev.opsuite.fleet.interfaces.UnitRequests.trailerBody;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.opsuite.testing.Race;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Drivers (employee numbers, status) and trailers (types, status) through the API: validation, uniqueness, PATCH rules. */
@QuarkusTest
class DriversAndTrailersTest {

    @Test
    void a_registered_driver_is_active_with_the_next_employee_number_of_the_business() {
        String tenant = "drv-" + UUID.randomUUID();
        String hr = bearer(tenant, "hr-admin");

        registerDriver(hr, Map.of("name", "  Jan Novák ", "phone", "+420 601 234 567")).statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", "\"0\"")
                .body("employeeNumber", equalTo("DRV-0001"))
                .body("name", equalTo("Jan Novák"))
                .body("phone", equalTo("+420 601 234 567"))
                .body("status", equalTo("ACTIVE"))
                .body("createdBy", equalTo("test-hr-admin"));
        registerDriver(hr, Map.of("name", "Petr Svoboda")).statusCode(201)
                .body("employeeNumber", equalTo("DRV-0002"))
                .body("phone", equalTo(null));
        // Another business counts on its own.
        registerDriver(MANAGER, Map.of("name", "Eva Malá")).statusCode(201)
                .body("employeeNumber", matchesPattern("DRV-\\d{4,}"));
    }

    @Test
    void drivers_registered_at_once_get_distinct_numbers_without_gaps() throws Exception {
        String tenant = "drv-" + UUID.randomUUID();
        String hr = bearer(tenant, "hr-admin");
        List<Callable<String>> calls = IntStream.range(0, 8).<Callable<String>>mapToObj(i -> () ->
                registerDriver(hr, Map.of("name", "Driver " + i)).statusCode(201).extract().path("employeeNumber")).toList();

        List<String> numbers = Race.all(calls);

        assertThat(numbers).containsExactlyInAnyOrder("DRV-0001", "DRV-0002", "DRV-0003", "DRV-0004", "DRV-0005",
                "DRV-0006", "DRV-0007", "DRV-0008");
    }

    @Test
    void missing_or_bad_driver_fields_are_400_naming_them() {
        registerDriver(HR, Map.of("phone", "call me")).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://opsuite.dev/problems/validation-failed"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("phone"));
        registerDriver(HR, Map.of("name", " ")).statusCode(400).body("errors.field", hasItem("name"));
    }

    @Test
    void a_driver_is_edited_with_if_match_and_the_employee_number_cannot_change() {
        String id = driver(HR);

        patch(HR, "/drivers/" + id, "\"0\"", Map.of("status", "ON_LEAVE", "phone", "")).statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("ON_LEAVE"))
                .body("phone", equalTo(null))
                .body("updatedBy", equalTo("test-hr-admin"));
        patch(HR, "/drivers/" + id, "\"0\"", Map.of("name", "Late")).statusCode(412)
                .body("type", equalTo("https://opsuite.dev/problems/stale-version"));
        patch(HR, "/drivers/" + id, null, Map.of("employeeNumber", "DRV-9999")).statusCode(400)
                .body("type", equalTo("https://opsuite.dev/problems/field-not-editable"))
                .body("errors.field", hasItem("employeeNumber"));
        patch(HR, "/drivers/" + id, null, Map.of("salary", 100)).statusCode(400)
                .body("type", equalTo("https://opsuite.dev/problems/unknown-field"))
                .body("errors.field", hasItem("salary"));
        patch(HR, "/drivers/" + id, null, Map.of("status", "RETIRED")).statusCode(400)
                .body("errors.field", hasItem("status"));
        patch(HR, "/drivers/" + id, null, Map.of("name", " ")).statusCode(400).body("errors.field", hasItem("name"));
        given().header("Authorization", HR).get("/drivers/{id}", id).then().statusCode(200)
                .header("ETag", "\"1\"").body("status", equalTo("ON_LEAVE"));
    }

    @Test
    void drivers_are_listed_paged_filtered_by_status_and_searched() {
        String tenant = "drv-" + UUID.randomUUID();
        String hr = bearer(tenant, "hr-admin");
        registerDriver(hr, Map.of("name", "Jan Novák")).statusCode(201);
        String away = registerDriver(hr, Map.of("name", "Karel Dvořák")).statusCode(201).extract().path("id");
        registerDriver(hr, Map.of("name", "Jana Nováková")).statusCode(201);
        patch(hr, "/drivers/" + away, null, Map.of("status", "ON_LEAVE")).statusCode(200);

        given().header("Authorization", hr).queryParam("search", "nová").queryParam("size", 1).get("/drivers").then()
                .statusCode(200).body("total", equalTo(2)).body("totalPages", equalTo(2)).body("items.size()", equalTo(1));
        given().header("Authorization", hr).queryParam("status", "on_leave").get("/drivers").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].name", equalTo("Karel Dvořák"));
        given().header("Authorization", hr).queryParam("search", "DRV-0003").get("/drivers").then()
                .statusCode(200).body("items.name", equalTo(List.of("Jana Nováková")));
        given().header("Authorization", hr).queryParam("status", "SICK").get("/drivers").then()
                .statusCode(400).body("errors.field", hasItem("status"));
        given().header("Authorization", hr).queryParam("orderBy", "phone").get("/drivers").then()
                .statusCode(400).body("errors.field", hasItem("orderBy"));
    }

    @Test
    void a_registered_trailer_is_active_with_its_type_and_a_normalized_plate() {
        String plate = VehicleRequests.plate();
        String id = registerTrailer(MANAGER, trailerBody(" " + plate.toLowerCase() + " ", "FRIGO")).statusCode(201)
                .header("ETag", "\"0\"")
                .body("registrationNumber", equalTo(plate))
                .body("type", equalTo("FRIGO"))
                .body("status", equalTo("ACTIVE"))
                .extract().path("id");

        given().header("Authorization", UnitRequests.MECHANIC).get("/trailers/{id}", id).then().statusCode(200)
                .body("make", equalTo("Schmitz Cargobull"));
        registerTrailer(MANAGER, trailerBody(plate, "MEGA")).statusCode(409)
                .body("type", equalTo("https://opsuite.dev/problems/registration-number-taken"))
                .body("errors.field", hasItem("registrationNumber"));
        registerTrailer(bearer("globex", "fleet-manager"), trailerBody(plate, "MEGA")).statusCode(201);
    }

    @Test
    void missing_or_unknown_trailer_fields_are_400_naming_them() {
        Map<String, Object> body = new HashMap<>(trailerBody(VehicleRequests.plate(), "REEFER"));
        registerTrailer(MANAGER, body).statusCode(400).body("errors.field", hasItem("type"));
        body.remove("type");
        body.remove("registrationNumber");
        registerTrailer(MANAGER, body).statusCode(400)
                .body("errors.field", hasItem("type"))
                .body("errors.field", hasItem("registrationNumber"));
    }

    @Test
    void a_trailer_type_cannot_change_and_its_status_has_its_own_request() {
        String id = trailer("STANDARD");

        patch(MANAGER, "/trailers/" + id, null, Map.of("type", "MEGA")).statusCode(400)
                .body("type", equalTo("https://opsuite.dev/problems/field-not-editable"))
                .body("errors.field", hasItem("type"));
        patch(MANAGER, "/trailers/" + id, "\"0\"", Map.of("model", "S.CS Mega")).statusCode(200)
                .header("ETag", "\"1\"").body("model", equalTo("S.CS Mega")).body("type", equalTo("STANDARD"));
        patch(MANAGER, "/trailers/" + id + "/status", "\"1\"", Map.of("status", "IN_SERVICE")).statusCode(200)
                .header("ETag", "\"2\"").body("status", equalTo("IN_SERVICE"));
        // The same status again changes nothing.
        patch(MANAGER, "/trailers/" + id + "/status", null, Map.of("status", "IN_SERVICE")).statusCode(200)
                .header("ETag", "\"2\"");
        patch(MANAGER, "/trailers/" + id + "/status", "\"1\"", Map.of("status", "ACTIVE")).statusCode(412);
        patch(MANAGER, "/trailers/" + id + "/status", null, Map.of()).statusCode(400).body("errors.field", hasItem("status"));
    }

    @Test
    void trailers_are_listed_by_type_and_status() {
        String van = trailer("VAN");
        String mega = trailer("MEGA");
        patch(MANAGER, "/trailers/" + mega + "/status", null, Map.of("status", "IN_REPAIR")).statusCode(200);

        given().header("Authorization", MANAGER).queryParam("type", "VAN").queryParam("order", "desc").queryParam("size", 200).get("/trailers").then()
                .statusCode(200).body("items.id", hasItem(van)).body("items.type", everyItem(equalTo("VAN")));
        given().header("Authorization", MANAGER).queryParam("status", "IN_REPAIR").queryParam("size", 200)
                .get("/trailers").then().statusCode(200).body("items.id", hasItem(mega))
                .body("items.status", everyItem(equalTo("IN_REPAIR")));
        given().header("Authorization", MANAGER).queryParam("type", "BOX").get("/trailers").then()
                .statusCode(400).body("errors.field", hasItem("type"));
        given().header("Authorization", bearer("globex", "fleet-manager")).queryParam("size", 200).get("/trailers").then()
                .statusCode(200).body("items.id", not(hasItem(mega)));
    }
}
