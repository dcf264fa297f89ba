package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.UnitRequests.DRIVER_DOCUMENTS;
import static dev.opsuite.fleet.interfaces.UnitRequests.HR;
import static dev.opsuite.fleet.interfaces.UnitRequests.LKV_DOCUMENTS;
import static dev.opsuite.fleet.interfaces.UnitRequests.MANAGER;
import static dev.opsuite.fleet.interfaces.UnitRequests.MECHANIC;
import static dev.opsuite.fleet.interfaces.UnitRequests.addDocument;
import static dev.opsuite.fleet.interfaces.UnitRequests.allDocuments;
import static dev.opsuite.fleet.interfaces.UnitRequests.bearer;
import static dev.opsuite.fleet.interfaces.UnitRequests.document;
import static dev.opsuite.fleet.interfaces.UnitRequests.documents;
import static dev.opsuite.fleet.interfaces.UnitRequests.driver;
import static dev.opsuite.fleet.interfaces.UnitRequests.patch;
import static dev.opsuite.fleet.interfaces.UnitRequests.today;
import static dev.opsuite.fleet.interfaces.UnitRequests.trailer;
import static dev.opsuite.fleet.interfaces.UnitRequests.truck;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Documents of vehicles, trailers and drivers through the API: the required sets, the traffic light, edits, the expiring list. */
@QuarkusTest
class DocumentsTest {

    @Test
    void a_truck_with_all_five_documents_is_green_and_one_missing_makes_it_red() {
        String truck = truck();
        documents(MANAGER, "vehicles", truck).statusCode(200)
                .body("holderKind", equalTo("LKV"))
                .body("state", equalTo("RED"))
                .body("warningDays", equalTo(30))
                .body("evaluatedOn", equalTo(today().toString()))
                .body("required", containsInAnyOrder(LKV_DOCUMENTS.toArray()))
                .body("types.findAll { it.issue == 'MISSING' }.type", containsInAnyOrder(LKV_DOCUMENTS.toArray()));

        for (String type : LKV_DOCUMENTS.subList(0, 4)) {
            document("vehicles", truck, type, today().plusYears(1));
        }
        documents(MANAGER, "vehicles", truck).statusCode(200).body("state", equalTo("RED"))
                .body("types.findAll { it.state == 'RED' }.type", contains("CMR_INSURANCE"));

        String cmr = addDocument(MANAGER, "vehicles", truck, "CMR_INSURANCE", today().minusMonths(1), today().plusYears(1))
                .statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", "\"0\"")
                .body("subjectType", equalTo("VEHICLE"))
                .body("subjectId", equalTo(truck))
                .body("validity", equalTo("VALID"))
                .extract().path("id");
        documents(MECHANIC, "vehicles", truck).statusCode(200)
                .body("state", equalTo("GREEN"))
                .body("documents", hasSize(5))
                .body("documents.id", hasItem(cmr));
    }

    @Test
    void a_document_ending_within_the_window_is_yellow() {
        String driver = driver();
        allDocuments("drivers", driver, DRIVER_DOCUMENTS.subList(0, 2));
        addDocument(HR, "drivers", driver, "PROFESSIONAL_QUALIFICATION", today().minusYears(4), today().plusDays(30))
                .statusCode(201).body("validity", equalTo("EXPIRING"));

        documents(HR, "drivers", driver).statusCode(200)
                .body("holderKind", equalTo("DRIVER"))
                .body("state", equalTo("YELLOW"))
                .body("types.find { it.type == 'PROFESSIONAL_QUALIFICATION' }.issue", equalTo("EXPIRING"))
                .body("types.find { it.type == 'PROFESSIONAL_QUALIFICATION' }.coveredUntil",
                        equalTo(today().plusDays(30).toString()));
    }

    @Test
    void missing_or_malformed_fields_are_400_and_an_end_before_the_start_422_naming_them() {
        String driver = driver();
        addDocument(HR, "drivers", driver, new HashMap<>(Map.of("number", " "))).statusCode(400)
                .body("type", equalTo("https://opsuite.dev/problems/validation-failed"))
                .body("errors.field", hasItem("type"))
                .body("errors.field", hasItem("number"))
                .body("errors.field", hasItem("validFrom"));
        addDocument(HR, "drivers", driver, Map.of("type", "DRIVER_CARD", "number", "X1", "validFrom", "01.03.2026"))
                .statusCode(400).body("errors.field", hasItem("validFrom"));
        addDocument(HR, "drivers", driver, Map.of("type", "PASSPORT", "number", "X1", "validFrom", "2026-03-01"))
                .statusCode(400).body("errors.field", hasItem("type"));
        addDocument(HR, "drivers", driver, "DRIVER_CARD", today(), today().minusDays(1)).statusCode(422)
                .body("type", equalTo("https://opsuite.dev/problems/validity-ends-before-it-starts"))
                .body("errors.field", hasItem("validUntil"));
    }

    @Test
    void a_document_is_corrected_with_if_match_its_type_fixed_and_removed() {
        String trailer = trailer("MEGA");
        String inspection = document("trailers", trailer, "ANNUAL_INSPECTION", today().plusDays(5));
        String path = "/trailers/" + trailer + "/documents/" + inspection;

        patch(MANAGER, path, "\"0\"", Map.of("validUntil", today().plusYears(1).toString(), "note", "STK Brno"))
                .statusCode(200).header("ETag", "\"1\"")
                .body("validUntil", equalTo(today().plusYears(1).toString()))
                .body("validity", equalTo("VALID"))
                .body("note", equalTo("STK Brno"));
        patch(MANAGER, path, "\"0\"", Map.of("number", "late")).statusCode(412);
        patch(MANAGER, path, null, Map.of("type", "REGISTRATION")).statusCode(400)
                .body("type", equalTo("https://opsuite.dev/problems/field-not-editable"))
                .body("errors.field", hasItem("type"));
        patch(MANAGER, path, null, Map.of("validFrom", today().plusYears(2).toString())).statusCode(422)
                .body("errors.field", hasItem("validUntil"));
        given().header("Authorization", MECHANIC).get(path).then().statusCode(200).header("ETag", "\"1\"");

        given().header("Authorization", MANAGER).header("If-Match", "\"0\"").delete(path).then().statusCode(412);
        given().header("Authorization", MANAGER).delete(path).then().statusCode(204);
        given().header("Authorization", MANAGER).get(path).then().statusCode(404)
                .body("type", equalTo("https://opsuite.dev/problems/document-not-found"));
    }

    @Test
    void a_document_read_through_another_holder_or_an_unknown_holder_is_404() {
        String truck = truck();
        String registration = document("vehicles", truck, "REGISTRATION", null);

        given().header("Authorization", MANAGER).get("/vehicles/{v}/documents/{d}", truck(), registration).then()
                .statusCode(404).body("type", equalTo("https://opsuite.dev/problems/document-not-found"));
        given().header("Authorization", MANAGER).get("/trailers/{t}/documents/{d}", truck, registration).then()
                .statusCode(404).body("type", equalTo("https://opsuite.dev/problems/trailer-not-found"));
        documents(MANAGER, "drivers", UUID.randomUUID().toString()).statusCode(404)
                .body("type", equalTo("https://opsuite.dev/problems/driver-not-found"));
        addDocument(MANAGER, "vehicles", UUID.randomUUID().toString(), "REGISTRATION", today(), null).statusCode(404);
    }

    @Test
    void the_expiring_list_shows_what_ends_within_the_window_and_is_not_renewed_soonest_first() {
        String tenant = "docs-" + UUID.randomUUID();
        String manager = bearer(tenant, "fleet-manager");
        String truck = VehicleRequests.register(manager, VehicleRequests.truck(VehicleRequests.plate(), 1)).statusCode(201)
                .extract().path("id");
        String driver = UnitRequests.driver(manager);
        String soon = add(manager, "vehicles", truck, "INSURANCE", today().plusDays(5));
        add(manager, "vehicles", truck, "REGISTRATION", null);
        add(manager, "vehicles", truck, "ANNUAL_INSPECTION", today().plusDays(40));
        String ended = add(manager, "drivers", driver, "DRIVER_CARD", today().minusDays(2));
        String licence = add(manager, "drivers", driver, "DRIVING_LICENCE", today().plusDays(10));
        // Renewed ahead: the old CMR insurance needs nothing, nor does its renewal (a year out).
        add(manager, "vehicles", truck, "CMR_INSURANCE", today().plusDays(3));
        addDocument(manager, "vehicles", truck, "CMR_INSURANCE", today().plusDays(4), today().plusYears(1)).statusCode(201);

        given().header("Authorization", manager).get("/documents/expiring").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", contains(ended, soon, licence))
                .body("items[0].daysLeft", equalTo(-2))
                .body("items[0].validity", equalTo("EXPIRED"))
                .body("items[0].subjectType", equalTo("DRIVER"))
                .body("items[0].subjectLabel", notNullValue())
                .body("items[1].daysLeft", equalTo(5))
                .body("items[1].subjectId", equalTo(truck));
        given().header("Authorization", manager).queryParam("withinDays", 60).queryParam("includeExpired", false)
                .queryParam("order", "desc").get("/documents/expiring").then().statusCode(200)
                .body("items.type", contains("ANNUAL_INSPECTION", "DRIVING_LICENCE", "INSURANCE"));
        given().header("Authorization", manager).queryParam("subjectType", "DRIVER").get("/documents/expiring").then()
                .statusCode(200).body("items.id", contains(ended, licence))
                .body("items.subjectType", everyItem(equalTo("DRIVER")));
        given().header("Authorization", manager).queryParam("type", "INSURANCE").queryParam("size", 1)
                .get("/documents/expiring").then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", contains(soon));
        given().header("Authorization", manager).queryParam("size", 2).queryParam("page", 2).get("/documents/expiring")
                .then().statusCode(200).body("items.id", contains(licence)).body("totalPages", equalTo(2));
        given().header("Authorization", bearer(tenant, "viewer")).queryParam("withinDays", 0).get("/documents/expiring")
                .then().statusCode(200).body("items.id", contains(ended));
    }

    @Test
    void bad_expiring_list_parameters_are_400_naming_them() {
        for (var bad : List.of(Map.of("withinDays", "soon"), Map.of("withinDays", "-1"), Map.of("withinDays", "999"),
                Map.of("subjectType", "BUS"), Map.of("type", "PASSPORT"), Map.of("includeExpired", "yes"),
                Map.of("orderBy", "number"))) {
            String parameter = bad.keySet().iterator().next();
            given().header("Authorization", MANAGER).queryParams(bad).get("/documents/expiring").then()
                    .statusCode(400).body("errors.field", hasItem(parameter));
        }
    }

    @Test
    void hr_admins_see_only_driver_documents_on_the_expiring_list_and_mechanics_only_vehicles_and_trailers() {
        String tenant = "docs-" + UUID.randomUUID();
        String manager = bearer(tenant, "fleet-manager");
        String truck = VehicleRequests.register(manager, VehicleRequests.truck(VehicleRequests.plate(), 1)).statusCode(201)
                .extract().path("id");
        add(manager, "vehicles", truck, "INSURANCE", today().plusDays(5));
        add(manager, "drivers", UnitRequests.driver(manager), "DRIVER_CARD", today().plusDays(5));
        String hr = bearer(tenant, "hr-admin");
        String mechanic = bearer(tenant, "mechanic");

        given().header("Authorization", hr).get("/documents/expiring").then().statusCode(200)
                .body("items.subjectType", contains("DRIVER"));
        given().header("Authorization", hr).queryParam("subjectType", "VEHICLE").get("/documents/expiring").then()
                .statusCode(403).body("type", equalTo("https://opsuite.dev/problems/forbidden"));
        given().header("Authorization", mechanic).get("/documents/expiring").then().statusCode(200)
                .body("items.subjectType", contains("VEHICLE"));
        given().header("Authorization", mechanic).queryParam("subjectType", "VEHICLE,DRIVER").get("/documents/expiring")
                .then().statusCode(403);
        given().header("Authorization", bearer(tenant, "dispatcher")).get("/documents/expiring").then().statusCode(200)
                .body("total", equalTo(2));
    }

    @Test
    void another_tenants_documents_are_404_and_never_listed() {
        String truck = truck();
        String insurance = document("vehicles", truck, "INSURANCE", today().plusDays(3));
        String globex = bearer("globex", "fleet-manager");

        documents(globex, "vehicles", truck).statusCode(404);
        given().header("Authorization", globex).get("/vehicles/{v}/documents/{d}", truck, insurance).then().statusCode(404);
        patch(globex, "/vehicles/" + truck + "/documents/" + insurance, null, Map.of("number", "X")).statusCode(404);
        given().header("Authorization", globex).delete("/vehicles/{v}/documents/{d}", truck, insurance).then().statusCode(404);
        addDocument(globex, "vehicles", truck, "REGISTRATION", today(), null).statusCode(404);
        given().header("Authorization", globex).queryParam("size", 200).get("/documents/expiring").then().statusCode(200)
                .body("items.id", not(hasItem(insurance)));
        documents(MANAGER, "vehicles", truck).statusCode(200).body("documents.id", hasItem(insurance));
    }

    private static String add(String token, String holders, String holderId, String type, LocalDate until) {
        LocalDate from = until == null ? today().minusYears(1) : until.minusYears(1).isBefore(today().minusYears(1))
                ? until.minusYears(1) : today().minusYears(1);
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(until == null ? Map.of("type", type, "number", "N-" + type, "validFrom", from.toString())
                        : Map.of("type", type, "number", "N-" + type, "validFrom", from.toString(), "validUntil", until.toString()))
                .post("/{holders}/{id}/documents", holders, holderId).then().statusCode(201).extract().path("id");
    }
}
