package dev.opsuite.inventory.interfaces;

import static dev.opsuite.inventory.interfaces.NoteRequests.MANAGER;
import static dev.opsuite.inventory.interfaces.NoteRequests.createNote;
import static dev.opsuite.inventory.interfaces.NoteRequests.getNote;
import static dev.opsuite.inventory.interfaces.NoteRequests.item;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import dev.opsuite.testing.Management;
import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErrorsAndSecurityTest {

    UUID cable;

    /** Made per test through the API; the application is up by now (it is not when the test instance is built). */
    @BeforeEach
    void products() {
        cable = Fixtures.product("Cable NYM 3x1.5");
    }

    @Test
    void without_a_token_the_answer_is_401_problem() {
        given().get("/transfers-dispatch-note").then()
                .statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://opsuite.dev/problems/unauthenticated"));
    }

    @Test
    void a_token_signed_by_another_key_is_401() {
        given().header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .get("/transfers-dispatch-note").then().statusCode(401);
    }

    @Test
    void an_auditor_reads_but_cannot_create_403() {
        String auditor = SuiteStack.bearer("acme", "auditor");
        given().header("Authorization", auditor).get("/transfers-dispatch-note").then().statusCode(200);
        createNote(auditor, List.of(item(cable, 1)))
                .statusCode(403).body("type", equalTo("https://opsuite.dev/problems/forbidden"));
    }

    @Test
    void a_token_without_tenant_is_403() {
        given().header("Authorization", SuiteStack.bearerWithoutTenant("inventory-manager"))
                .get("/transfers-dispatch-note").then().statusCode(403);
    }

    @Test
    void another_tenants_note_answers_404() {
        String id = createNote(MANAGER, List.of(item(cable, 1)))
                .statusCode(201).extract().path("id");

        getNote(SuiteStack.bearer("globex", "inventory-manager"), id)
                .statusCode(404).body("type", equalTo("https://opsuite.dev/problems/transfer-dispatch-note-not-found"));
        given().header("Authorization", SuiteStack.bearer("globex", "inventory-manager"))
                .get("/transfers-dispatch-note").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void a_missing_field_is_a_400_naming_it_and_nothing_is_written() {
        long before = total();
        given().header("Authorization", MANAGER).contentType(ContentType.JSON)
                .body(Map.of("destinationLocationId", UUID.randomUUID().toString(), "detail", List.of(item(cable, 1))))
                .post("/transfers-dispatch-note").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://opsuite.dev/problems/validation-failed"))
                .body("errors.field", hasItem("originLocationId"));
        given().header("Authorization", MANAGER).get("/transfers-dispatch-note").then().body("total", equalTo((int) before));
    }

    @Test
    void a_bad_quantity_inside_the_detail_names_its_path() {
        createNote(MANAGER, List.of(item(cable, 1), item(UUID.randomUUID(), -2)))
                .statusCode(400).body("errors.field", hasItem("detail[1].quantity"));
    }

    @Test
    void a_value_of_the_wrong_type_names_the_field() {
        given().header("Authorization", MANAGER).contentType(ContentType.JSON)
                .body("{\"originLocationId\":\"not-a-uuid\",\"destinationLocationId\":\"" + UUID.randomUUID() + "\",\"detail\":[]}")
                .post("/transfers-dispatch-note").then()
                .statusCode(400).body("errors.field", hasItem("originLocationId"));
    }

    @Test
    void malformed_json_is_a_400_problem_without_internals() {
        given().header("Authorization", MANAGER).contentType(ContentType.JSON).body("{\"originLocationId\":")
                .post("/transfers-dispatch-note").then()
                .statusCode(400).contentType("application/problem+json")
                .body(not(containsString("Exception")));
    }

    @Test
    void the_same_origin_and_destination_is_refused() {
        UUID here = Fixtures.warehouse();
        createNote(MANAGER, here, here, List.of(item(cable, 1)))
                .statusCode(422).body("errors.field", hasItem("destinationLocationId"));
    }

    @Test
    void health_metrics_and_openapi_are_on_the_management_port_only() {
        Management.given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", not(hasItem("outbox-relay")));
        Management.given().get("/q/health/group/pipeline").then().statusCode(200)
                .body("checks.name", hasItems("outbox-relay", "event-consumers", "kafka"));
        Management.given().get("/q/health/live").then().statusCode(200);
        Management.given().get("/q/health/started").then().statusCode(200);
        Management.given().get("/q/metrics").then().statusCode(200)
                .body(containsString("opsuite_outbox_relayed"), containsString("opsuite_outbox_relay_running 1.0"));
        Management.given().get("/q/openapi").then().statusCode(200).body(containsString("/transfers-dispatch-note"));
        for (String path : List.of("/q/health/ready", "/q/metrics", "/q/openapi")) {
            given().get(path).then().statusCode(404);
        }
    }

    private static long total() {
        return ((Number) given().header("Authorization", MANAGER).get("/transfers-dispatch-note").then().extract().path("total")).longValue();
    }
}
