package dev.opsuite.field.board.interfaces;

import static dev.opsuite.field.testing.FieldRequests.assign;
import static dev.opsuite.field.testing.FieldRequests.jobId;
import static dev.opsuite.field.testing.FieldRequests.technicianId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.opsuite.testing.Race;
import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The dispatch board over HTTP: assignments, conflicts held by the database, reschedules kept, and a live stream. */
@QuarkusTest
class BoardTest {

    static final String DISPATCHER = SuiteStack.bearer("acme", "dispatcher");
    /** A Monday; test technicians work 07:00-17:00 UTC every day. */
    static final String DAY = "2026-06-01";

    @TestHTTPResource("/board/stream")
    URI stream;

    @Test
    void an_assignment_is_on_the_board_of_its_day_and_its_job_leaves_the_unassigned_column() {
        String tom = technicianId("HVAC", 2);
        String job = jobId("HVAC", 2, 90);
        given().header("Authorization", DISPATCHER).queryParam("date", DAY).get("/board").then().statusCode(200)
                .body("unassigned.id", hasItem(job));

        String appointment = assign(DISPATCHER, job, tom, DAY + "T09:00:00Z").statusCode(201)
                .body("end", equalTo(DAY + "T10:30:00Z"))
                .body("durationMinutes", equalTo(90))
                .body("status", equalTo("LIVE"))
                .extract().path("id");

        JsonPath board = given().header("Authorization", DISPATCHER).queryParam("date", DAY).get("/board").then()
                .statusCode(200).body("unassigned.id", not(hasItem(job))).extract().jsonPath();
        assertThat(board.getList("technicians.find { it.technicianId == '" + tom + "' }.appointments.id"))
                .containsExactly(appointment);
        given().header("Authorization", DISPATCHER).get("/jobs/{id}", job).then().body("status", equalTo("SCHEDULED"));
    }

    @Test
    void eight_dispatchers_racing_for_one_technicians_slot_leave_exactly_one_winner() throws Exception {
        String tom = technicianId("ELECTRICAL", 1);
        List<Callable<Response>> dispatchers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String job = jobId("ELECTRICAL", 1, 60);
            // Each starts five minutes after the last: every pair overlaps, only the technician's time collides.
            String start = DAY + "T10:" + (i * 5 < 10 ? "0" : "") + (i * 5) + ":00Z";
            dispatchers.add(() -> assign(DISPATCHER, job, tom, start).extract().response());
        }

        List<Response> answers = Race.all(dispatchers);

        assertThat(answers).extracting(Response::statusCode).containsOnly(201, 409).filteredOn(c -> c == 201).hasSize(1);
        assertThat(answers).filteredOn(r -> r.statusCode() == 409).hasSize(7).allSatisfy(r -> {
            assertThat(r.jsonPath().getString("type")).isEqualTo("https://opsuite.dev/problems/technician-double-booked");
            assertThat(r.jsonPath().getString("errors[0].field")).isEqualTo("technicianId");
        });
    }

    @Test
    void outside_working_hours_and_a_missing_skill_are_422_until_the_business_flags_them() {
        String tom = technicianId("HVAC", 1);
        String job = jobId("HVAC", 2, 60);
        assign(DISPATCHER, job, tom, DAY + "T09:00:00Z").statusCode(422)
                .body("type", equalTo("https://opsuite.dev/problems/technician-lacks-skill"))
                .body("errors.field", hasItem("technicianId"));
        String early = jobId("HVAC", 1, 60);
        assign(DISPATCHER, early, tom, DAY + "T06:30:00Z").statusCode(422)
                .body("type", equalTo("https://opsuite.dev/problems/outside-working-hours"))
                .body("errors.field", hasItem("start"));

        String owner = SuiteStack.bearer("flagging", "owner");
        String flaggingDispatcher = SuiteStack.bearer("flagging", "dispatcher");
        given().header("Authorization", owner).contentType(ContentType.JSON)
                .body(Map.of("availability", "FLAG", "skill", "FLAG", "blockedSlaDays", 7))
                .put("/board/policy").then().statusCode(200).body("skill", equalTo("FLAG"));
        String flaggedTech = FlaggingTenant.technician(owner);
        String flaggedJob = FlaggingTenant.job(owner);
        String appointment = assign(flaggingDispatcher, flaggedJob, flaggedTech, DAY + "T06:30:00Z").statusCode(201)
                .body("flags", contains("OUTSIDE_WORKING_HOURS", "MISSING_SKILL")).extract().path("id");
        given().header("Authorization", flaggingDispatcher).queryParam("date", DAY).get("/board").then().statusCode(200)
                .body("conflicts.kind", contains("OUTSIDE_WORKING_HOURS", "MISSING_SKILL"))
                .body("conflicts.appointmentId", contains(appointment, appointment));
    }

    @Test
    void reschedule_and_reassign_keep_every_appointment_of_the_job() {
        String tom = technicianId("PLUMBING", 2);
        String ann = technicianId("PLUMBING", 3);
        String job = jobId("PLUMBING", 2, 60);
        String first = assign(DISPATCHER, job, tom, DAY + "T09:00:00Z").statusCode(201).extract().path("id");

        String moved = reschedule(first, tom, DAY + "T13:00:00Z").statusCode(200)
                .body("replaces", equalTo(first)).body("reason", equalTo("Customer asked")).extract().path("id");
        reschedule(moved, ann, DAY + "T13:00:00Z").statusCode(200).body("technicianId", equalTo(ann));
        reschedule(first, tom, DAY + "T15:00:00Z").statusCode(409).body("errors.field", hasItem("appointmentId"));

        given().header("Authorization", DISPATCHER).get("/jobs/{id}/appointments", job).then().statusCode(200)
                .body("status", contains("SUPERSEDED", "SUPERSEDED", "LIVE"))
                .body("technicianId", contains(tom, tom, ann));
        assign(DISPATCHER, job, tom, DAY + "T15:00:00Z").statusCode(409).body("errors.field", hasItem("jobId"));
    }

    @Test
    void a_cancelled_job_frees_its_technicians_slot_and_its_call_is_cancelled_with_it() {
        String tom = technicianId("HVAC", 1);
        String job = jobId("HVAC", 1, 60);
        String call = given().header("Authorization", DISPATCHER).get("/jobs/{id}", job).then().extract().path("serviceCallId");
        assign(DISPATCHER, job, tom, DAY + "T14:00:00Z").statusCode(201);

        given().header("Authorization", DISPATCHER).contentType(ContentType.JSON).body(Map.of("reason", "Not needed"))
                .post("/jobs/{id}/cancel", job).then().statusCode(204);

        given().header("Authorization", DISPATCHER).get("/jobs/{id}", job).then().body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("Not needed"));
        given().header("Authorization", DISPATCHER).get("/service-calls/{id}", call).then().body("status", equalTo("CANCELLED"));
        given().header("Authorization", DISPATCHER).get("/jobs/{id}/appointments", job).then()
                .body("status", contains("CANCELLED"));
        assign(DISPATCHER, jobId("HVAC", 1, 60), tom, DAY + "T14:00:00Z").statusCode(201);
        given().header("Authorization", DISPATCHER).contentType(ContentType.JSON).body(Map.of("reason", "Again"))
                .post("/jobs/{id}/cancel", job).then().statusCode(409).body("errors.field", hasItem("status"));
    }

    @Test
    void a_board_client_receives_the_change_after_an_assignment() throws Exception {
        String tom = technicianId("HVAC", 1);
        String job = jobId("HVAC", 1, 30);
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<Stream<String>> events = client.sendAsync(HttpRequest.newBuilder(stream)
                        .header("Authorization", DISPATCHER).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        assertThat(events.statusCode()).isEqualTo(200);
        CompletableFuture<String> change = CompletableFuture.supplyAsync(() -> events.body()
                .filter(line -> line.startsWith("data:") && line.contains(job)).findFirst().orElseThrow());

        String appointment = assign(DISPATCHER, job, tom, DAY + "T11:00:00Z").statusCode(201).extract().path("id");

        JsonPath data = new JsonPath(change.get(20, TimeUnit.SECONDS).substring("data:".length()));
        assertThat(data.getString("kind")).isEqualTo("ASSIGNED");
        assertThat(data.getString("appointmentId")).isEqualTo(appointment);
        assertThat(data.getString("technicianId")).isEqualTo(tom);
        events.body().close();
    }

    @Test
    void the_board_is_of_today_unless_a_day_or_a_range_of_at_most_31_days_is_named() {
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        given().header("Authorization", DISPATCHER).get("/board").then().statusCode(200)
                .body("from", equalTo(today + "T00:00:00Z"));
        given().header("Authorization", DISPATCHER).queryParam("date", "June 1st").get("/board").then().statusCode(400)
                .body("errors.field", hasItem("date"));
        given().header("Authorization", DISPATCHER).queryParam("from", DAY + "T00:00:00Z")
                .queryParam("to", "2026-08-01T00:00:00Z").get("/board").then().statusCode(400)
                .body("errors.field", hasItem("to"));
        given().header("Authorization", DISPATCHER).queryParam("from", DAY + "T00:00:00Z")
                .queryParam("to", "2026-06-08T00:00:00Z").get("/board").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse reschedule(String appointment, String technician,
            String start) {
        return given().header("Authorization", DISPATCHER).contentType(ContentType.JSON)
                .body(Map.of("technicianId", technician, "start", start, "reason", "Customer asked"))
                .put("/board/appointments/{id}", appointment).then();
    }

    /** A tenant of its own whose policy flags, so the flags test leaves acme's policy alone. */
    static final class FlaggingTenant {

        static String technician(String owner) {
            return given().header("Authorization", owner).contentType(ContentType.JSON)
                    .body(dev.opsuite.field.testing.FieldRequests.technician(
                            dev.opsuite.field.testing.FieldRequests.uniqueUser("flag"), "HVAC", 1))
                    .post("/technicians").then().statusCode(201).extract().path("id");
        }

        static String job(String owner) {
            String customer = given().header("Authorization", owner).contentType(ContentType.JSON)
                    .body(dev.opsuite.field.testing.FieldRequests.customer("Flag Co", "555-0101")).post("/customers")
                    .then().statusCode(201).extract().path("id");
            String call = given().header("Authorization", owner).contentType(ContentType.JSON)
                    .body(dev.opsuite.field.testing.FieldRequests.call(customer, "LOW", null)).post("/service-calls")
                    .then().statusCode(201).extract().path("id");
            return dev.opsuite.field.testing.FieldRequests.createJob(owner, call,
                    dev.opsuite.field.testing.FieldRequests.job("Wiring", "ELECTRICAL", 2, 60)).statusCode(201)
                    .extract().path("id");
        }
    }
}
