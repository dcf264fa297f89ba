package dev.opsuite.field.interfaces;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.opsuite.field.testing.FieldRequests;
import dev.opsuite.testing.RoleTable;
import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every cell of field-service's role matrix (README): the eight roles of seed 002 against every endpoint. A role in
 * the cell gets its success, any other a 403 problem. Each allowed write acts on records of its own in a business of
 * its own; the technician is the one whose login is the technician token's subject. The rows are the code's
 * {@code @RolesAllowed}, and the OpenAPI document says the same.
 */
@QuarkusTest
class FieldRoleMatrixTest {

    static final String OWNER = "owner";
    static final String DISPATCHER = "dispatcher";
    static final String TECHNICIAN = "technician";
    static final String CSR = "csr";
    static final String PARTS = "parts-manager";
    static final String ESTIMATOR = "estimator";
    static final String FINANCE = "finance";
    static final String ADMIN = "admin";
    static final List<String> ROLES = List.of(OWNER, DISPATCHER, TECHNICIAN, CSR, PARTS, ESTIMATOR, FINANCE, ADMIN);
    static final Set<String> INTAKE = Set.of(CSR, OWNER, ADMIN);
    static final Set<String> OFFICE = Set.of(CSR, DISPATCHER, OWNER, ADMIN);
    static final Set<String> DISPATCHING = Set.of(DISPATCHER, OWNER, ADMIN);
    static final Set<String> TECHNICIANS_READ = Set.of(ADMIN, DISPATCHER, OWNER, CSR, PARTS);
    static final Set<String> BLOCKED = Set.of(DISPATCHER, OWNER, ADMIN, PARTS);
    static final Set<String> HISTORY = Set.of(CSR, DISPATCHER, OWNER, ADMIN, ESTIMATOR);
    static final Set<String> ME = Set.of(TECHNICIAN);

    static final String TENANT = "roles-" + UUID.randomUUID().toString().substring(0, 8);
    static final String SETUP = SuiteStack.bearer(TENANT, ADMIN);
    static final AtomicInteger SLOTS = new AtomicInteger();
    /** The role of the cell being run: fixtures only a role in the cell needs are made for it alone. */
    static volatile String current = "";

    /** One row: who may call it, what it answers them, and the call for a token of one role. */
    record Row(Set<String> allowed, int success, Function<String, ValidatableResponse> call) {
    }

    @TestHTTPResource("/board/stream")
    URI stream;

    static Map<String, Row> rows() {
        Map<String, Row> rows = new LinkedHashMap<>();
        rows.put("POST /customers", new Row(INTAKE, 201,
                t -> FieldRequests.createCustomer(t, FieldRequests.customer("Matrix", "555-0100"))));
        rows.put("GET /customers", new Row(OFFICE, 200, t -> get(t, "/customers")));
        rows.put("GET /customers/{id}", new Row(OFFICE, 200, t -> get(t, "/customers/" + customer())));
        rows.put("POST /customers/{id}/locations", new Row(INTAKE, 201,
                t -> FieldRequests.addLocation(t, customer(), FieldRequests.location("Shop", null))));
        rows.put("GET /customers/{id}/locations", new Row(OFFICE, 200, t -> get(t, "/customers/" + customer() + "/locations")));
        rows.put("GET /customers/{id}/locations/{locationId}", new Row(OFFICE, 200,
                t -> get(t, "/customers/" + customer() + "/locations/" + location())));
        rows.put("GET /customers/{id}/history", new Row(HISTORY, 200, t -> get(t, "/customers/" + customer() + "/history")));
        rows.put("POST /service-calls", new Row(INTAKE, 201,
                t -> FieldRequests.openCall(t, FieldRequests.call(customer(), "LOW", null))));
        rows.put("GET /service-calls", new Row(OFFICE, 200, t -> get(t, "/service-calls")));
        rows.put("GET /service-calls/{id}", new Row(OFFICE, 200, t -> get(t, "/service-calls/" + call())));
        rows.put("POST /service-calls/{id}/jobs", new Row(OFFICE, 201,
                t -> FieldRequests.createJob(t, call(), FieldRequests.job("Work", "HVAC", 1, 60))));
        rows.put("GET /service-calls/{id}/jobs", new Row(OFFICE, 200, t -> get(t, "/service-calls/" + call() + "/jobs")));
        rows.put("GET /jobs/{id}", new Row(OFFICE, 200, t -> get(t, "/jobs/" + readyJob())));
        rows.put("GET /jobs/{id}/appointments", new Row(OFFICE, 200, t -> get(t, "/jobs/" + readyJob() + "/appointments")));
        rows.put("GET /jobs/{id}/history", new Row(HISTORY, 200, t -> get(t, "/jobs/" + readyJob() + "/history")));
        rows.put("POST /jobs/{id}/release", new Row(BLOCKED, 200,
                t -> post(t, "/jobs/" + (BLOCKED.contains(current) ? waitingJob() : UUID.randomUUID()) + "/release", null)));
        // No part arrived for this job, so there is no suggestion: a 404 past the role check (PartsArrivalTest has one).
        rows.put("GET /jobs/{id}/follow-up", new Row(BLOCKED, 404, t -> get(t, "/jobs/" + readyJob() + "/follow-up")));
        rows.put("POST /jobs/{id}/cancel", new Row(DISPATCHING, 204, t -> post(t, "/jobs/" + readyJob() + "/cancel",
                Map.of("reason", "Not needed"))));
        rows.put("GET /jobs/blocked", new Row(BLOCKED, 200, t -> get(t, "/jobs/blocked")));
        rows.put("GET /jobs/blocked/alerts", new Row(BLOCKED, 200, t -> get(t, "/jobs/blocked/alerts")));
        rows.put("GET /my/jobs", new Row(ME, 200, t -> get(t, "/my/jobs")));
        rows.put("GET /my/jobs/{id}", new Row(ME, 200, t -> get(t, "/my/jobs/" + myJob("SCHEDULED"))));
        rows.put("POST /my/jobs/{id}/start", new Row(ME, 200, t -> post(t, "/my/jobs/" + myJob("SCHEDULED") + "/start", null)));
        rows.put("POST /my/jobs/{id}/diagnosis", new Row(ME, 200, t -> post(t, "/my/jobs/" + myJob("IN_PROGRESS")
                + "/diagnosis", Map.of("findings", "Igniter cracked"))));
        rows.put("POST /my/jobs/{id}/labor", new Row(ME, 200, t -> post(t, "/my/jobs/" + myJob("IN_PROGRESS") + "/labor",
                Map.of("hours", 1, "rateClass", "STANDARD"))));
        rows.put("POST /my/jobs/{id}/parts", new Row(ME, 200, t -> post(t, "/my/jobs/" + myJob("IN_PROGRESS") + "/parts",
                Map.of("sku", "HSI-120", "quantity", 1))));
        rows.put("POST /my/jobs/{id}/complete", new Row(ME, 200,
                t -> post(t, "/my/jobs/" + myJob("IN_PROGRESS") + "/complete", null)));
        rows.put("POST /my/jobs/{id}/waiting-on-parts", new Row(ME, 200, t -> post(t, "/my/jobs/" + myJob("IN_PROGRESS")
                + "/waiting-on-parts", Map.of("waitingFor", "1x igniter"))));
        rows.put("POST /technicians", new Row(DISPATCHING, 201, t -> FieldRequests.registerTechnician(t,
                FieldRequests.technician(FieldRequests.uniqueUser("m"), "HVAC", 1))));
        rows.put("GET /technicians", new Row(TECHNICIANS_READ, 200, t -> get(t, "/technicians")));
        rows.put("GET /technicians/{id}", new Row(TECHNICIANS_READ, 200, t -> get(t, "/technicians/" + me())));
        rows.put("PUT /technicians/{id}", new Row(DISPATCHING, 200, t -> given().header("Authorization", t)
                .contentType(ContentType.JSON).body(Map.of("name", "Renamed", "skills", List.of(), "workingHours", List.of()))
                .put("/technicians/" + technician()).then()));
        rows.put("POST /technicians/{id}/time-off", new Row(DISPATCHING, 201, t -> post(t, "/technicians/" + technician()
                + "/time-off", Map.of("from", "2026-08-01T00:00:00Z", "to", "2026-08-02T00:00:00Z"))));
        rows.put("DELETE /technicians/{id}/time-off/{timeOffId}", new Row(DISPATCHING, 204, t -> {
            String technician = technician();
            String timeOff = post(SETUP, "/technicians/" + technician + "/time-off",
                    Map.of("from", "2026-08-01T00:00:00Z", "to", "2026-08-02T00:00:00Z")).statusCode(201)
                    .extract().path("timeOff[0].id");
            return given().header("Authorization", t).delete("/technicians/" + technician + "/time-off/" + timeOff).then();
        }));
        rows.put("GET /board", new Row(OFFICE, 200, t -> get(t, "/board")));
        rows.put("GET /board/stream", new Row(OFFICE, 200, null));
        rows.put("POST /board/appointments", new Row(DISPATCHING, 201,
                t -> FieldRequests.assign(t, readyJob(), technician(), slot())));
        rows.put("PUT /board/appointments/{id}", new Row(DISPATCHING, 200, t -> {
            String technician = technician();
            String appointment = FieldRequests.assign(SETUP, readyJob(), technician, slot()).statusCode(201)
                    .extract().path("id");
            return given().header("Authorization", t).contentType(ContentType.JSON)
                    .body(Map.of("technicianId", technician, "start", slot())).put("/board/appointments/" + appointment).then();
        }));
        rows.put("GET /board/policy", new Row(DISPATCHING, 200, t -> get(t, "/board/policy")));
        rows.put("PUT /board/policy", new Row(Set.of(OWNER, ADMIN), 200, t -> given().header("Authorization", t)
                .contentType(ContentType.JSON).body(Map.of("availability", "REFUSE", "skill", "REFUSE", "blockedSlaDays", 7))
                .put("/board/policy").then()));
        return rows;
    }

    /**
     * Capabilities whose role cells their own tests run against the code (parts: PartsOnTheTruckTest); each keeps its
     * own matrix so that the capabilities grow without all editing this one.
     */
    static final List<String> OWN_MATRIX = List.of("dev.opsuite.field.parts", "dev.opsuite.field.estimates",
            "dev.opsuite.field.quality", "dev.opsuite.field.invoices");

    @TestFactory
    Stream<DynamicTest> every_cell_of_the_matrix() {
        Map<String, Set<String>> inCode = RoleTable.inCode("dev.opsuite.field");
        List<DynamicTest> cells = new ArrayList<>();
        rows().forEach((endpoint, row) -> {
            cells.add(DynamicTest.dynamicTest(endpoint + ": the row is the code's @RolesAllowed",
                    () -> assertThat(row.allowed()).isEqualTo(RoleTable.of(inCode, endpoint))));
            for (String role : ROLES) {
                boolean allowed = row.allowed().contains(role);
                cells.add(DynamicTest.dynamicTest(endpoint + " as " + role + " -> " + (allowed ? row.success() : 403), () -> {
                    String token = SuiteStack.bearer(TENANT, role);
                    current = role;
                    if (row.call() == null) {
                        assertThat(streamStatus(token)).isEqualTo(allowed ? 200 : 403);
                        return;
                    }
                    ValidatableResponse answer = row.call().apply(token);
                    if (allowed) {
                        answer.statusCode(row.success());
                    } else {
                        answer.statusCode(403).contentType("application/problem+json")
                                .body("type", equalTo("https://opsuite.dev/problems/forbidden"));
                    }
                }));
            }
        });
        Set<String> ownMatrix = OWN_MATRIX.stream().flatMap(pkg -> RoleTable.inCode(pkg).keySet().stream())
                .collect(java.util.stream.Collectors.toSet());
        cells.add(DynamicTest.dynamicTest("every endpoint of the code has its row",
                () -> assertThat(inCode.keySet().stream().filter(key -> !ownMatrix.contains(key)).toList())
                        .containsExactlyInAnyOrderElementsOf(rows().keySet().stream().map(RoleTable::key).toList())));
        return cells.stream();
    }

    @Test
    void the_openapi_document_names_the_roles_the_code_allows_and_no_token_is_401() {
        assertThat(RoleTable.inOpenApi()).isEqualTo(RoleTable.inCode("dev.opsuite.field"));
        given().get("/board").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", SuiteStack.bearer(TENANT, "plumber")).get("/board").then().statusCode(403);
    }

    /** The stream's status alone: its body never ends. */
    private int streamStatus(String token) throws Exception {
        HttpResponse<Stream<String>> answer = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(stream)
                        .header("Authorization", token).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        answer.body().close();
        return answer.statusCode();
    }

    private static String sharedCustomer;
    private static String sharedLocation;
    private static String sharedCall;
    private static String myTechnician;

    private static String customer() {
        if (sharedCustomer == null) {
            sharedCustomer = FieldRequests.customerId(SETUP, "Matrix customer", "555-0101");
        }
        return sharedCustomer;
    }

    private static String location() {
        if (sharedLocation == null) {
            sharedLocation = FieldRequests.addLocation(SETUP, customer(), FieldRequests.location("Home", null))
                    .statusCode(201).extract().path("id");
        }
        return sharedLocation;
    }

    private static String call() {
        if (sharedCall == null) {
            sharedCall = FieldRequests.openCall(SETUP, FieldRequests.call(customer(), "HIGH", null)).statusCode(201)
                    .extract().path("id");
        }
        return sharedCall;
    }

    private static String readyJob() {
        return FieldRequests.createJob(SETUP, call(), FieldRequests.job("Work", "HVAC", 1, 60)).statusCode(201)
                .extract().path("id");
    }

    /** The technician whose login is the technician token's subject. */
    private static String me() {
        if (myTechnician == null) {
            myTechnician = FieldRequests.registerTechnician(SETUP, FieldRequests.technician("test-technician", "HVAC", 3))
                    .statusCode(201).extract().path("id");
        }
        return myTechnician;
    }

    private static String technician() {
        return FieldRequests.registerTechnician(SETUP, FieldRequests.technician(FieldRequests.uniqueUser("m"), "HVAC", 3))
                .statusCode(201).extract().path("id");
    }

    /** A free hour of the shared technician: eight a day from 08:00, day after day. */
    private static String slot() {
        int n = SLOTS.getAndIncrement();
        return Instant.parse("2026-07-01T08:00:00Z").plus(Duration.ofDays(n / 8)).plus(Duration.ofHours(n % 8)).toString();
    }

    /** A job of mine in {@code status} when the cell's role is the technician; any id otherwise (refused unread). */
    private static String myJob(String status) {
        return TECHNICIAN.equals(current) ? jobOfMe(status) : UUID.randomUUID().toString();
    }

    private static String jobOfMe(String status) {
        String technician = SuiteStack.bearer(TENANT, TECHNICIAN);
        String job = readyJob();
        FieldRequests.assign(SETUP, job, me(), slot()).statusCode(201);
        if (!status.equals("SCHEDULED")) {
            post(technician, "/my/jobs/" + job + "/start", null).statusCode(200);
        }
        return job;
    }

    private static String waitingJob() {
        String job = jobOfMe("IN_PROGRESS");
        post(SuiteStack.bearer(TENANT, TECHNICIAN), "/my/jobs/" + job + "/waiting-on-parts",
                Map.of("waitingFor", "1x igniter")).statusCode(200);
        return job;
    }

    private static ValidatableResponse get(String token, String path) {
        return given().header("Authorization", token).get(path).then();
    }

    private static ValidatableResponse post(String token, String path, Map<String, Object> body) {
        var request = given().header("Authorization", token);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post(path).then();
    }
}
