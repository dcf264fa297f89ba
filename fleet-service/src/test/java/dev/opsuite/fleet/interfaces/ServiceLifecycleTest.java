package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.ServiceRequests.act;
import static dev.opsuite.fleet.interfaces.ServiceRequests.as;
import static dev.opsuite.fleet.interfaces.ServiceRequests.completion;
import static dev.opsuite.fleet.interfaces.ServiceRequests.emergency;
import static dev.opsuite.fleet.interfaces.ServiceRequests.get;
import static dev.opsuite.fleet.interfaces.ServiceRequests.inProgress;
import static dev.opsuite.fleet.interfaces.ServiceRequests.opened;
import static dev.opsuite.fleet.interfaces.ServiceRequests.planned;
import static dev.opsuite.fleet.interfaces.ServiceRequests.provider;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requested to scheduled, in progress, completed or cancelled; the vehicle follows, one service at a time. */
@QuarkusTest
class ServiceLifecycleTest {

    static final String TENANT = "acme";
    static final String PROBLEM = "https://opsuite.dev/problems/";

    String manager;
    String mechanic;
    String dispatcher;
    String vehicleId;

    @BeforeEach
    void vehicle() {
        manager = as(TENANT, "fleet-manager");
        mechanic = as(TENANT, "mechanic");
        dispatcher = as(TENANT, "dispatcher");
        vehicleId = ServiceRequests.vehicle(TENANT, 120_000);
    }

    @Test
    void a_request_with_a_date_and_a_provider_becomes_scheduled_and_each_change_moves_the_etag() {
        String providerId = provider(TENANT, "Schedule Garage", 50.0, 14.4, "4.1", "engine");
        String id = opened(TENANT, emergency(vehicleId));

        act(dispatcher, id, "schedule", Map.of("scheduledOn", "2026-12-03"), "\"0\"").statusCode(200)
                .header("ETag", "\"1\"").body("status", equalTo("REQUESTED")).body("scheduledOn", equalTo("2026-12-03"));
        act(dispatcher, id, "workshop", Map.of("providerId", providerId), "\"1\"").statusCode(200)
                .header("ETag", "\"2\"").body("status", equalTo("SCHEDULED")).body("workshop", equalTo("EXTERNAL"))
                .body("updatedBy", equalTo("test-dispatcher"));
        act(dispatcher, id, "workshop", Map.of("workshop", "INTERNAL"), "\"1\"").statusCode(412)
                .body("type", equalTo(PROBLEM + "stale-version"));
        act(dispatcher, id, "workshop", Map.of("workshop", "INTERNAL")).statusCode(200)
                .body("providerId", nullValue()).body("status", equalTo("SCHEDULED"));
        get(manager, "/service-requests/{id}", id).header("ETag", "\"3\"");
    }

    @Test
    void an_emergency_does_not_start_before_a_workshop_is_chosen() {
        String id = opened(TENANT, emergency(vehicleId));

        act(mechanic, id, "start", null).statusCode(409).body("type", equalTo(PROBLEM + "provider-not-selected"))
                .body("errors.field", org.hamcrest.Matchers.hasItem("providerId"));
        get(manager, "/vehicles/{id}", vehicleId).body("status", equalTo("ACTIVE"));
    }

    @Test
    void one_vehicle_one_service_at_a_time() {
        String first = inProgress(TENANT, vehicleId);
        String second = opened(TENANT, planned(vehicleId, "2026-12-10"));

        act(mechanic, second, "start", null).statusCode(409).body("type", equalTo(PROBLEM + "vehicle-not-available"));
        act(mechanic, first, "start", null).statusCode(409).body("type", equalTo(PROBLEM + "service-request-already-started"));
        // Calling off the other request leaves the vehicle in service for the first.
        act(dispatcher, second, "cancel", Map.of("reason", "Done together with the first")).statusCode(200)
                .body("status", equalTo("CANCELLED"));
        get(manager, "/vehicles/{id}", vehicleId).body("status", equalTo("IN_SERVICE"));

        act(mechanic, first, "complete", completion("Checked", null)).statusCode(200).body("expenseId", nullValue());
        get(manager, "/vehicles/{id}", vehicleId).body("status", equalTo("ACTIVE"));
        String third = opened(TENANT, planned(vehicleId, "2026-12-11"));
        act(mechanic, third, "start", null).statusCode(200);
    }

    @Test
    void of_two_starts_racing_for_one_vehicle_exactly_one_wins() throws Exception {
        List<String> requests = List.of(opened(TENANT, planned(vehicleId, "2026-12-01")),
                opened(TENANT, planned(vehicleId, "2026-12-01")), opened(TENANT, planned(vehicleId, "2026-12-01")));
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            List<Callable<Integer>> starts = new ArrayList<>();
            requests.forEach(id -> starts.add(() -> act(mechanic, id, "start", null).extract().statusCode()));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(starts)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        given().header("Authorization", manager).queryParam("vehicleId", vehicleId).queryParam("status", "IN_PROGRESS")
                .get("/service-requests").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void only_work_in_progress_is_completed_and_a_closed_request_stays_closed() {
        String id = opened(TENANT, planned(vehicleId, "2026-12-01"));
        act(mechanic, id, "complete", completion("Too early", null)).statusCode(409)
                .body("type", equalTo(PROBLEM + "service-request-not-started"));

        act(mechanic, id, "start", null).statusCode(200);
        act(mechanic, id, "complete", completion("Done", null)).statusCode(200).body("status", equalTo("COMPLETED"))
                .body("completedBy", equalTo("test-mechanic"));
        act(mechanic, id, "complete", completion("Again", null)).statusCode(409).body("type", equalTo(PROBLEM + "service-request-closed"));
        act(dispatcher, id, "cancel", Map.of("reason", "Late")).statusCode(409).body("type", equalTo(PROBLEM + "service-request-closed"));
        act(dispatcher, id, "schedule", Map.of("scheduledOn", "2026-12-02")).statusCode(409);
    }

    @Test
    void cancelling_work_in_progress_gives_the_vehicle_back_and_says_so() {
        String id = inProgress(TENANT, vehicleId);

        act(dispatcher, id, "cancel", Map.of("reason", "Towed to the dealer instead")).statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("Towed to the dealer instead"))
                .body("cancelledBy", equalTo("test-dispatcher"));
        get(manager, "/vehicles/{id}", vehicleId).body("status", equalTo("ACTIVE"));

        var cancelled = KafkaProbe.read(Topics.SERVICE_REQUEST, r -> r.key().equals(id)
                && "service-request-cancelled".equals(KafkaProbe.header(r, EventHeaders.TYPE)), 1, Duration.ofSeconds(20));
        assertThat(cancelled).hasSize(1);
        assertThat(ServiceRequests.exact(cancelled.get(0).value()).getString("previousStatus")).isEqualTo("IN_PROGRESS");
        var statuses = KafkaProbe.read(Topics.FLEET_VEHICLE, r -> r.key().equals(vehicleId), 2, Duration.ofSeconds(20));
        assertThat(statuses).extracting(r -> ServiceRequests.exact(r.value()).getString("status"))
                .containsExactly("IN_SERVICE", "ACTIVE");
    }

    @Test
    void requests_are_listed_by_vehicle_status_type_and_priority() {
        String emergencyId = opened(TENANT, emergency(vehicleId));
        String plannedId = opened(TENANT, planned(vehicleId, "2026-12-05"));

        given().header("Authorization", manager).queryParam("vehicleId", vehicleId).queryParam("status", "REQUESTED,SCHEDULED")
                .queryParam("orderBy", "number").queryParam("order", "asc").get("/service-requests").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", equalTo(List.of(emergencyId, plannedId)));
        given().header("Authorization", manager).queryParam("vehicleId", vehicleId).queryParam("type", "EMERGENCY")
                .queryParam("priority", "HIGH").get("/service-requests").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(emergencyId));
        given().header("Authorization", manager).queryParam("vehicleId", vehicleId).queryParam("workshop", "INTERNAL")
                .queryParam("status", "SCHEDULED").queryParam("size", 1).get("/service-requests").then().statusCode(200)
                .body("total", equalTo(1)).body("totalPages", equalTo(1)).body("items[0].id", equalTo(plannedId));
    }
}
