package dev.opsuite.field.jobs.interfaces;

import static dev.opsuite.field.testing.FieldRequests.CSR;
import static dev.opsuite.field.testing.FieldRequests.callId;
import static dev.opsuite.field.testing.FieldRequests.createJob;
import static dev.opsuite.field.testing.FieldRequests.job;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;

import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A service call becomes one or more jobs (seed 002). */
@QuarkusTest
class JobTest {

    static final String DISPATCHER = SuiteStack.bearer("acme", "dispatcher");

    @Test
    void a_call_becomes_jobs_ready_to_schedule_and_stays_open_until_one_is_on_the_board() {
        String call = callId();
        String igniter = createJob(DISPATCHER, call, job("Replace furnace igniter", "HVAC", 2, 90)).statusCode(201)
                .header("Location", containsString("/jobs/"))
                .header("ETag", "\"0\"")
                .body("status", equalTo("READY_TO_SCHEDULE"))
                .body("trade", equalTo("HVAC"))
                .body("skillLevel", equalTo(2))
                .body("expectedMinutes", equalTo(90))
                .body("serviceCallId", equalTo(call))
                .extract().path("id");
        String panel = createJob(CSR, call, job("Check breaker panel", "ELECTRICAL", 1, 30)).statusCode(201)
                .extract().path("id");

        given().header("Authorization", DISPATCHER).get("/service-calls/{id}/jobs", call).then().statusCode(200)
                .body("id", contains(igniter, panel));
        given().header("Authorization", DISPATCHER).get("/jobs/{id}", igniter).then().statusCode(200)
                .body("title", equalTo("Replace furnace igniter"));
        given().header("Authorization", DISPATCHER).get("/service-calls/{id}", call).then().statusCode(200)
                .body("status", equalTo("OPEN"));
    }

    @Test
    void an_unknown_or_other_tenants_call_is_404_and_bad_values_400_naming_the_field() {
        String call = callId();
        createJob(SuiteStack.bearer("globex", "dispatcher"), call, job("x", "HVAC", 1, 30)).statusCode(404);
        createJob(DISPATCHER, UUID.randomUUID().toString(), job("x", "HVAC", 1, 30)).statusCode(404);
        createJob(DISPATCHER, call, job("x", "CARPENTRY", 1, 30)).statusCode(400).body("errors.field", hasItem("trade"));
        createJob(DISPATCHER, call, job("x", "HVAC", 4, 30)).statusCode(400).body("errors.field", hasItem("skillLevel"));
        createJob(DISPATCHER, call, job("x", "HVAC", 1, 0)).statusCode(400)
                .body("errors.field", hasItem("expectedMinutes"));
        given().header("Authorization", DISPATCHER).get("/service-calls/{id}/jobs", call).then().statusCode(200)
                .body("size()", equalTo(0));
    }
}
