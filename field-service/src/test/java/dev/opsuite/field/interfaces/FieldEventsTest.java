package dev.opsuite.field.interfaces;

import static dev.opsuite.field.testing.FieldRequests.assign;
import static dev.opsuite.field.testing.FieldRequests.call;
import static dev.opsuite.field.testing.FieldRequests.createJob;
import static dev.opsuite.field.testing.FieldRequests.customerId;
import static dev.opsuite.field.testing.FieldRequests.job;
import static dev.opsuite.field.testing.FieldRequests.openCall;
import static dev.opsuite.field.testing.FieldRequests.registerTechnician;
import static dev.opsuite.field.testing.FieldRequests.technician;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.testing.KafkaProbe;
import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * What other contexts hear of field service, through the outbox and Kafka: each record read is checked against its
 * shared-events schema by KafkaProbe.
 */
@QuarkusTest
class FieldEventsTest {

    final String tenant = "events-" + UUID.randomUUID().toString().substring(0, 8);
    final String owner = SuiteStack.bearer(tenant, "owner");
    final String tom = SuiteStack.bearer(tenant, "technician");

    @Test
    void a_call_and_its_job_are_announced_from_intake_to_completion_with_labor_and_parts() {
        String technicianId = registerTechnician(owner, technician("test-technician", "HVAC", 2)).statusCode(201)
                .extract().path("id");
        String callId = openCall(owner, call(customerId(owner, "Ann Lee", "555-0100"), "EMERGENCY", null)).statusCode(201)
                .extract().path("id");
        String jobId = createJob(owner, callId, job("Replace igniter", "HVAC", 2, 60)).statusCode(201).extract().path("id");
        assign(owner, jobId, technicianId, "2026-06-03T09:00:00Z").statusCode(201);
        post(tom, jobId, "start", null);
        post(tom, jobId, "labor", Map.of("hours", 1.25, "rateClass", "EMERGENCY"));
        post(tom, jobId, "parts", Map.of("sku", "HSI-120", "quantity", 1));
        post(tom, jobId, "complete", null);

        List<ConsumerRecord<String, String>> calls = KafkaProbe.read(Topics.FIELD_SERVICE_CALL,
                r -> callId.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(calls).extracting(r -> KafkaProbe.header(r, EventHeaders.TYPE)).containsExactly("service-call-opened");
        List<ConsumerRecord<String, String>> jobs = KafkaProbe.read(Topics.FIELD_JOB, r -> jobId.equals(r.key()), 4,
                Duration.ofSeconds(30));
        assertThat(jobs).extracting(r -> KafkaProbe.header(r, EventHeaders.TYPE))
                .containsExactly("job-created", "job-scheduled", "job-started", "job-completed");
        JsonPath completed = new JsonPath(jobs.get(3).value());
        assertThat(completed.getString("technicianId")).isEqualTo(technicianId);
        assertThat(completed.getString("labor[0].rateClass")).isEqualTo("EMERGENCY");
        assertThat(completed.getString("partsUsed[0].sku")).isEqualTo("HSI-120");
    }

    @Test
    void a_job_blocked_on_parts_released_and_cancelled_is_announced_each_time() {
        String technicianId = registerTechnician(owner, technician("test-technician", "PLUMBING", 1)).statusCode(201)
                .extract().path("id");
        String callId = openCall(owner, call(customerId(owner, "Bob", "555-0200"), "LOW", null)).statusCode(201)
                .extract().path("id");
        String jobId = createJob(owner, callId, job("Valve", "PLUMBING", 1, 30)).statusCode(201).extract().path("id");
        assign(owner, jobId, technicianId, "2026-06-03T10:00:00Z").statusCode(201);
        post(tom, jobId, "waiting-on-parts", Map.of("waitingFor", "1x valve"));
        given().header("Authorization", owner).post("/jobs/{id}/release", jobId).then().statusCode(200);

        List<ConsumerRecord<String, String>> jobs = KafkaProbe.read(Topics.FIELD_JOB, r -> jobId.equals(r.key()), 4,
                Duration.ofSeconds(30));
        assertThat(jobs).extracting(r -> KafkaProbe.header(r, EventHeaders.TYPE))
                .containsExactly("job-created", "job-scheduled", "job-blocked", "job-released");
        assertThat(new JsonPath(jobs.get(2).value()).getString("waitingFor")).isEqualTo("1x valve");

        given().header("Authorization", owner).contentType(ContentType.JSON).body(Map.of("reason", "Customer moved"))
                .post("/jobs/{id}/cancel", jobId).then().statusCode(204);
        List<ConsumerRecord<String, String>> cancelled = KafkaProbe.read(Topics.FIELD_JOB,
                r -> jobId.equals(r.key()) && "job-cancelled".equals(KafkaProbe.header(r, EventHeaders.TYPE)), 1,
                Duration.ofSeconds(30));
        assertThat(new JsonPath(cancelled.get(0).value()).getString("reason")).isEqualTo("Customer moved");
    }

    private static void post(String token, String jobId, String action, Map<String, Object> body) {
        var request = given().header("Authorization", token);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        request.post("/my/jobs/{id}/" + action, jobId).then().statusCode(200);
    }
}
