package dev.opsuite.field.jobs.interfaces;

import static dev.opsuite.field.testing.FieldRequests.assign;
import static dev.opsuite.field.testing.FieldRequests.call;
import static dev.opsuite.field.testing.FieldRequests.createJob;
import static dev.opsuite.field.testing.FieldRequests.customerId;
import static dev.opsuite.field.testing.FieldRequests.job;
import static dev.opsuite.field.testing.FieldRequests.openCall;
import static dev.opsuite.field.testing.FieldRequests.registerTechnician;
import static dev.opsuite.field.testing.FieldRequests.technician;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The technician's queue over HTTP. Each test is a business of its own, so that the technician whose login the
 * token names ("test-technician") is registered once in it.
 */
@QuarkusTest
class MyJobsTest {

    static final String DAY = "2026-06-02";

    final String tenant = "shop-" + UUID.randomUUID().toString().substring(0, 8);
    final String owner = SuiteStack.bearer(tenant, "owner");
    /** Signs in as test-technician. */
    final String tom = SuiteStack.bearer(tenant, "technician");
    /** Another technician: signs in as test-technician-estimator. */
    final String ann = SuiteStack.bearer(tenant, "technician", "estimator");

    @Test
    void the_technician_runs_the_days_queue_and_the_call_closes_with_its_job() {
        String tomId = registerTechnician(owner, technician("test-technician", "HVAC", 2)).statusCode(201)
                .extract().path("id");
        String call = openCall(owner, call(customerId(owner, "Ann Lee", "555-0100"), "HIGH", null)).statusCode(201)
                .extract().path("id");
        String afternoon = jobOf(call, tomId, DAY + "T13:00:00Z");
        String morning = jobOf(call, tomId, DAY + "T08:00:00Z");

        given().header("Authorization", tom).queryParam("date", DAY).get("/my/jobs").then().statusCode(200)
                .body("id", contains(morning, afternoon));
        act(tom, morning, "start", null).statusCode(200).body("status", equalTo("IN_PROGRESS"));
        act(tom, morning, "diagnosis", Map.of("findings", "Igniter cracked", "cause", "Wear")).statusCode(200)
                .body("diagnosis.findings", equalTo("Igniter cracked"));
        act(tom, morning, "labor", Map.of("start", DAY + "T08:05:00Z", "end", DAY + "T09:35:00Z", "rateClass", "STANDARD"))
                .statusCode(200).body("labor[0].hours", equalTo(1.5f));
        act(tom, morning, "labor", Map.of("hours", 0.25, "rateClass", "OVERTIME")).statusCode(200)
                .body("labor.rateClass", contains("STANDARD", "OVERTIME"));
        act(tom, morning, "parts", Map.of("sku", "HSI-120", "quantity", 1)).statusCode(200)
                .body("partsUsed[0].sku", equalTo("HSI-120"));
        act(tom, morning, "complete", null).statusCode(200).body("status", equalTo("COMPLETED"));

        act(tom, afternoon, "start", null).statusCode(200);
        act(tom, afternoon, "waiting-on-parts", Map.of("waitingFor", "1x gas valve GV-2")).statusCode(200)
                .body("status", equalTo("WAITING_ON_PARTS"))
                .body("blockedSince", notNullValue())
                .body("waitingFor", equalTo("1x gas valve GV-2"));
        act(tom, afternoon, "complete", null).statusCode(409).body("errors.field", hasItem("status"));
        given().header("Authorization", owner).get("/service-calls/{id}", call).then().body("status", equalTo("SCHEDULED"));

        given().header("Authorization", owner).get("/jobs/{id}/history", morning).then().statusCode(200)
                .body("statusChanges.to", contains("READY_TO_SCHEDULE", "SCHEDULED", "IN_PROGRESS", "COMPLETED"))
                .body("statusChanges.by", contains("test-owner", "test-owner", "test-technician", "test-technician"))
                .body("changes.recordType", hasItem("appointment"))
                .body("changes.findAll { it.recordType == 'job' }.action", hasItem("CHANGED"));
        String customer = given().header("Authorization", owner).get("/service-calls/{id}", call).then()
                .extract().path("customerId");
        given().header("Authorization", owner).get("/customers/{id}/history", customer).then().statusCode(200)
                .body("statusChanges.why", hasItem("Waiting on parts: 1x gas valve GV-2"))
                .body("changes.recordType", hasItem("customer"))
                .body("changes.recordType", hasItem("service-call"))
                .body("changes.recordType", hasItem("appointment"));
        given().header("Authorization", SuiteStack.bearer("globex", "owner")).get("/customers/{id}/history", customer)
                .then().statusCode(404);
        given().header("Authorization", owner).get("/jobs/{id}/history", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void a_technician_sees_and_changes_only_their_own_jobs() {
        String tomId = registerTechnician(owner, technician("test-technician", "HVAC", 2)).statusCode(201)
                .extract().path("id");
        registerTechnician(owner, technician("test-technician-estimator", "HVAC", 2)).statusCode(201);
        String call = openCall(owner, call(customerId(owner, "Bob", "555-0200"), "LOW", null)).statusCode(201)
                .extract().path("id");
        String toms = jobOf(call, tomId, DAY + "T10:00:00Z");

        given().header("Authorization", ann).queryParam("date", DAY).get("/my/jobs").then().statusCode(200)
                .body("size()", equalTo(0));
        given().header("Authorization", ann).get("/my/jobs/{id}", toms).then().statusCode(404);
        act(ann, toms, "start", null).statusCode(404).body("type", equalTo("https://opsuite.dev/problems/job-not-found"));
        given().header("Authorization", owner).get("/jobs/{id}", toms).then().body("status", equalTo("SCHEDULED"));
    }

    @Test
    void a_job_waiting_on_parts_is_in_the_aging_queue_until_released_for_a_follow_up() {
        String tomId = registerTechnician(owner, technician("test-technician", "HVAC", 2)).statusCode(201)
                .extract().path("id");
        String call = openCall(owner, call(customerId(owner, "Carla", "555-0300"), "HIGH", null)).statusCode(201)
                .extract().path("id");
        String job = jobOf(call, tomId, DAY + "T09:00:00Z");
        act(tom, job, "start", null).statusCode(200);
        act(tom, job, "waiting-on-parts", Map.of("waitingFor", "1x igniter HSI-120")).statusCode(200);
        String dispatcher = SuiteStack.bearer(tenant, "dispatcher");

        given().header("Authorization", dispatcher).get("/jobs/blocked").then().statusCode(200)
                .body("jobId", contains(job))
                .body("reason", contains("WAITING_ON_PARTS"))
                .body("waitingFor", contains("1x igniter HSI-120"))
                .body("ageDays", contains(0))
                .body("pastSla", contains(false));
        given().header("Authorization", dispatcher).get("/jobs/blocked/alerts").then().statusCode(200)
                .body("size()", equalTo(0));
        given().header("Authorization", SuiteStack.bearer(tenant, "parts-manager")).post("/jobs/{id}/release", job)
                .then().statusCode(200).body("status", equalTo("READY_TO_SCHEDULE"));
        given().header("Authorization", dispatcher).post("/jobs/{id}/release", job).then().statusCode(409)
                .body("errors.field", hasItem("status"));
        given().header("Authorization", dispatcher).get("/jobs/blocked").then().body("size()", equalTo(0));

        assign(dispatcher, job, tomId, "2026-06-04T09:00:00Z").statusCode(201).body("reason", equalTo("Follow-up visit"));
        given().header("Authorization", dispatcher).get("/jobs/{id}/appointments", job).then()
                .body("status", contains("SUPERSEDED", "LIVE"));
    }

    @Test
    void a_caller_with_the_technician_role_but_no_technician_record_is_403() {
        given().header("Authorization", tom).get("/my/jobs").then().statusCode(403)
                .body("type", equalTo("https://opsuite.dev/problems/not-a-technician"));
    }

    private String jobOf(String call, String technicianId, String start) {
        String job = createJob(owner, call, job("Furnace", "HVAC", 2, 60)).statusCode(201).extract().path("id");
        assign(owner, job, technicianId, start).statusCode(201);
        return job;
    }

    private static ValidatableResponse act(String token, String job, String action, Map<String, Object> body) {
        var request = given().header("Authorization", token);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post("/my/jobs/{id}/" + action, job).then();
    }
}
