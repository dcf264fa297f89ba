package dev.opsuite.field.parts.interfaces;

import static dev.opsuite.field.parts.interfaces.PartsCalls.confirmed;
import static dev.opsuite.field.parts.interfaces.PartsCalls.jobOf;
import static dev.opsuite.field.parts.interfaces.PartsCalls.ofJob;
import static dev.opsuite.field.parts.interfaces.PartsCalls.reserve;
import static dev.opsuite.field.parts.interfaces.PartsCalls.technician;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.field.testing.FieldRequests;
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
 * A cancelled job gives its parts back by itself: the parts capability reads the job's job-cancelled from field.job,
 * as another context would, and tells inventory to release each hold (inventory's side is its
 * PartRequestEventsConsumerTest).
 */
@QuarkusTest
class JobCancelledPartsTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String TENANT = FieldRequests.TENANT;
    static final String OWNER = SuiteStack.bearer(TENANT, "owner");
    static final String PARTS_MANAGER = SuiteStack.bearer(TENANT, "parts-manager");

    final UUID truck = UUID.randomUUID();
    final UUID capacitor = UUID.randomUUID();

    @Test
    void a_cancelled_jobs_held_reservation_is_cancelled_and_inventory_told_to_release_it() {
        String job = jobOf(OWNER, technician(OWNER, FieldRequests.uniqueUser("jana")), "2026-06-04T09:00:00Z");
        String held = reserve(PARTS_MANAGER, job, Map.of("productId", capacitor, "quantity", 2, "locationId", truck))
                .statusCode(201).extract().path("id");
        confirmed(TENANT, held, job, capacitor, 2, truck);
        await().atMost(PATIENCE).untilAsserted(() -> ofJob(PARTS_MANAGER, job).body("items[0].status", equalTo("CONFIRMED")));

        given().header("Authorization", OWNER).contentType(ContentType.JSON).body(Map.of("reason", "Customer sold the house"))
                .post("/jobs/{id}/cancel", job).then().statusCode(204);

        await().atMost(PATIENCE).untilAsserted(() -> ofJob(PARTS_MANAGER, job).body("items[0].status", equalTo("CANCELLED"))
                .body("items[0].cancelReason", equalTo("Job cancelled: Customer sold the house"))
                .body("items[0].cancelledBy", equalTo("test-owner")));
        List<ConsumerRecord<String, String>> told = KafkaProbe.read(Topics.PART_RESERVATION_REQUEST,
                r -> held.equals(r.key()) && "part-reservation-cancelled".equals(KafkaProbe.header(r, EventHeaders.TYPE)),
                1, PATIENCE);
        assertThat(told).singleElement().satisfies(r -> {
            JsonPath payload = JsonPath.from(r.value());
            assertThat(payload.getString("reservationId")).isEqualTo(held);
            assertThat(payload.getString("jobId")).isEqualTo(job);
            assertThat(payload.getString("locationId")).isEqualTo(truck.toString());
            assertThat(payload.getString("cancelledBy")).isEqualTo("test-owner");
        });
        // A cancelled job takes no more parts.
        reserve(PARTS_MANAGER, job, Map.of("productId", capacitor, "quantity", 1, "locationId", truck)).statusCode(409)
                .body("type", equalTo("https://opsuite.dev/problems/job-closed")).body("errors[0].field", equalTo("jobId"));
        ofJob(PARTS_MANAGER, job).body("items.size()", equalTo(1));
    }
}
