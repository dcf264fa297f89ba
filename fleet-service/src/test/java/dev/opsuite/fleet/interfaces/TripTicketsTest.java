package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.ServiceRequests.freshTenant;
import static dev.opsuite.fleet.interfaces.TripRequests.cancel;
import static dev.opsuite.fleet.interfaces.TripRequests.car;
import static dev.opsuite.fleet.interfaces.TripRequests.close;
import static dev.opsuite.fleet.interfaces.TripRequests.closing;
import static dev.opsuite.fleet.interfaces.TripRequests.driver;
import static dev.opsuite.fleet.interfaces.TripRequests.driverAt;
import static dev.opsuite.fleet.interfaces.TripRequests.issue;
import static dev.opsuite.fleet.interfaces.TripRequests.issued;
import static dev.opsuite.fleet.interfaces.TripRequests.manager;
import static dev.opsuite.fleet.interfaces.TripRequests.ticket;
import static dev.opsuite.fleet.interfaces.TripRequests.trailer;
import static dev.opsuite.fleet.interfaces.TripRequests.truck;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.testing.KafkaProbe;
import dev.opsuite.testing.Race;
import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Trip tickets from issue to close or cancel, the rule against double use, and the "who was driving" lookup. */
@QuarkusTest
class TripTicketsTest {

    static final String MORNING = "2025-10-15T06:00:00Z";
    static final String EVENING = "2025-10-15T18:00:00Z";

    String tenant;
    String manager;
    String dispatcher;
    String vehicleId;
    String driverId;

    @BeforeEach
    void fleet() {
        tenant = freshTenant("trips");
        manager = manager(tenant);
        dispatcher = SuiteStack.bearer(tenant, "dispatcher");
        vehicleId = truck(tenant, "VEH-0045", 182_340);
        driverId = driver(tenant, "Jan Novák");
    }

    @Test
    void a_dispatcher_issues_a_ticket_with_the_vehicles_odometer_and_a_number_of_the_year() {
        String trailerId = trailer(tenant);
        Map<String, Object> body = ticket(vehicleId, driverId, "2025-10-15T08:00:00+02:00", "2025-10-15T20:00:00+02:00");
        body.put("trailerId", trailerId);
        body.put("orderReference", "ORD-2025-0098");

        ExtractableResponse<Response> created = issue(dispatcher, body).statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("number", matchesPattern("TT-\\d{4}-000001"))
                .body("status", equalTo("ISSUED"))
                .body("vehicleKind", equalTo("LKV"))
                .body("odometerOut", equalTo(182_340))
                .body("odometerIn", nullValue())
                .body("plannedFrom", equalTo(MORNING))
                .body("plannedTo", equalTo(EVENING))
                .body("via", equalTo(List.of("Jihlava")))
                .body("trailerId", equalTo(trailerId))
                .body("orderReference", equalTo("ORD-2025-0098"))
                .extract();
        String year = String.valueOf(java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear());
        assertThat(created.<String>path("number")).isEqualTo("TT-" + year + "-000001");
        assertThat(created.header("Location")).endsWith("/trip-tickets/" + created.path("id"));

        String second = issue(dispatcher, ticket(truck(tenant, "VEH-0046", 1), driver(tenant, "Petr Svoboda"), MORNING, EVENING))
                .statusCode(201).extract().path("number");
        assertThat(second).isEqualTo("TT-" + year + "-000002");
    }

    @Test
    void issuing_checks_every_party_and_names_the_field() {
        String inactive = driver(tenant, "Karel Dvořák");
        UnitRequests.patch(manager, "/drivers/" + inactive, null, Map.of("status", "ON_LEAVE")).statusCode(200);
        issue(manager, ticket(vehicleId, inactive, MORNING, EVENING)).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://opsuite.dev/problems/driver-not-active"))
                .body("errors[0].field", equalTo("driverId"));

        for (String status : List.of("IN_SERVICE", "IN_REPAIR", "OUT_OF_SERVICE")) {
            String broken = truck(tenant, VehicleRequests.plate(), 10);
            given().header("Authorization", manager).contentType("application/json").body(Map.of("status", status))
                    .patch("/vehicles/{id}/status", broken).then().statusCode(200);
            issue(manager, ticket(broken, driverId, MORNING, EVENING)).statusCode(422)
                    .body("type", equalTo("https://opsuite.dev/problems/vehicle-not-available"))
                    .body("errors[0].field", equalTo("vehicleId"));
        }

        Map<String, Object> carWithTrailer = ticket(car(tenant), driverId, MORNING, EVENING);
        carWithTrailer.put("trailerId", trailer(tenant));
        issue(manager, carWithTrailer).statusCode(422)
                .body("type", equalTo("https://opsuite.dev/problems/trailer-needs-heavy-truck"))
                .body("errors[0].field", equalTo("trailerId"));

        Map<String, Object> carWithOrder = ticket(car(tenant), driverId, MORNING, EVENING);
        carWithOrder.put("orderReference", "ORD-2025-0098");
        issue(manager, carWithOrder).statusCode(422).body("errors[0].field", equalTo("orderReference"));

        issue(manager, ticket(vehicleId, driverId, EVENING, MORNING)).statusCode(422)
                .body("type", equalTo("https://opsuite.dev/problems/invalid-planned-window"))
                .body("errors[0].field", equalTo("plannedTo"));

        String unknown = UUID.randomUUID().toString();
        issue(manager, ticket(unknown, driverId, MORNING, EVENING)).statusCode(422)
                .body("type", equalTo("https://opsuite.dev/problems/vehicle-not-found"))
                .body("errors[0].field", equalTo("vehicleId"));
        issue(manager, ticket(vehicleId, unknown, MORNING, EVENING)).statusCode(422)
                .body("errors[0].field", equalTo("driverId"));
        Map<String, Object> unknownTrailer = ticket(vehicleId, driverId, MORNING, EVENING);
        unknownTrailer.put("trailerId", unknown);
        issue(manager, unknownTrailer).statusCode(422).body("errors[0].field", equalTo("trailerId"));
        Map<String, Object> unknownUnit = ticket(vehicleId, driverId, MORNING, EVENING);
        unknownUnit.put("transportUnitId", unknown);
        issue(manager, unknownUnit).statusCode(422).body("errors[0].field", equalTo("transportUnitId"));

        // Nothing of the refused tickets was written.
        given().header("Authorization", manager).get("/trip-tickets").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void a_malformed_request_is_a_400_naming_the_field() {
        Map<String, Object> body = ticket(vehicleId, driverId, MORNING, EVENING);
        body.remove("origin");
        body.put("purpose", " ");
        issue(manager, body).statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("origin", "purpose")));

        Map<String, Object> badTime = ticket(vehicleId, driverId, "tomorrow", EVENING);
        issue(manager, badTime).statusCode(400).body("errors[0].field", equalTo("plannedFrom"));

        Map<String, Object> badOrder = ticket(vehicleId, driverId, MORNING, EVENING);
        badOrder.put("orderReference", "ORD 2025 0098");
        issue(manager, badOrder).statusCode(400).body("errors[0].field", equalTo("orderReference"));

        String id = issued(tenant, ticket(vehicleId, driverId, MORNING, EVENING));
        close(manager, id, Map.of("returnedAt", EVENING)).statusCode(400).body("errors[0].field", equalTo("odometerIn"));
        close(manager, id, closing(-1, EVENING)).statusCode(400).body("errors[0].field", equalTo("odometerIn"));
        cancel(manager, id, "").statusCode(400).body("errors[0].field", equalTo("reason"));
    }

    @Test
    void a_vehicle_a_driver_and_a_trailer_are_on_one_ticket_at_a_time() {
        String trailerId = trailer(tenant);
        Map<String, Object> first = ticket(vehicleId, driverId, MORNING, EVENING);
        first.put("trailerId", trailerId);
        String firstId = issued(tenant, first);

        issue(manager, ticket(vehicleId, driver(tenant, "Petr Svoboda"), "2025-10-15T17:00:00Z", "2025-10-15T22:00:00Z"))
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://opsuite.dev/problems/vehicle-on-another-trip"))
                .body("errors[0].field", equalTo("vehicleId"));
        issue(manager, ticket(truck(tenant, VehicleRequests.plate(), 5), driverId, "2025-10-15T05:00:00Z", "2025-10-15T07:00:00Z"))
                .statusCode(409).body("type", equalTo("https://opsuite.dev/problems/driver-on-another-trip"))
                .body("errors[0].field", equalTo("driverId"));
        Map<String, Object> sameTrailer = ticket(truck(tenant, VehicleRequests.plate(), 5), driver(tenant, "Eva Malá"),
                "2025-10-15T10:00:00Z", "2025-10-15T11:00:00Z");
        sameTrailer.put("trailerId", trailerId);
        issue(manager, sameTrailer).statusCode(409).body("errors[0].field", equalTo("trailerId"));

        // Back to back is not an overlap: the window ends where the next begins.
        issued(tenant, ticket(vehicleId, driverId, EVENING, "2025-10-15T23:00:00Z"));

        // A cancelled ticket frees its window.
        cancel(dispatcher, firstId, "Order postponed").statusCode(200).body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("Order postponed"));
        issued(tenant, ticket(vehicleId, driver(tenant, "Petr Svoboda"), "2025-10-15T12:00:00Z", "2025-10-15T13:00:00Z"));
    }

    @Test
    void of_overlapping_issues_that_race_exactly_one_wins() throws Exception {
        List<Callable<ExtractableResponse<Response>>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Map<String, Object> body = ticket(vehicleId, driver(tenant, "Driver " + i), "2025-10-20T0" + i + ":00:00Z",
                    "2025-10-20T12:00:00Z");
            calls.add(() -> issue(manager, body).extract());
        }

        List<ExtractableResponse<Response>> answers = Race.all(calls);

        assertThat(answers).extracting(ExtractableResponse::statusCode).containsOnly(201, 409)
                .filteredOn(s -> s == 201).hasSize(1);
        answers.stream().filter(a -> a.statusCode() == 409).forEach(a -> {
            assertThat(a.contentType()).startsWith("application/problem+json");
            assertThat(a.<String>path("errors[0].field")).isEqualTo("vehicleId");
        });
        given().header("Authorization", manager).queryParam("vehicleId", vehicleId).get("/trip-tickets").then()
                .statusCode(200).body("total", equalTo(1));

        // The same for one driver on many vehicles.
        List<Callable<ExtractableResponse<Response>>> sameDriver = new ArrayList<>();
        String busy = driver(tenant, "Busy Driver");
        for (int i = 0; i < 4; i++) {
            Map<String, Object> body = ticket(truck(tenant, VehicleRequests.plate(), 1), busy, "2025-11-01T08:00:00Z",
                    "2025-11-01T1" + i + ":00:00Z");
            sameDriver.add(() -> issue(manager, body).extract());
        }
        assertThat(Race.all(sameDriver)).extracting(ExtractableResponse::statusCode).containsOnly(201, 409)
                .filteredOn(s -> s == 201).hasSize(1);
    }

    @Test
    void closing_feeds_the_odometer_computes_the_distance_and_keeps_the_actual_window() {
        String id = issued(tenant, ticket(vehicleId, driverId, MORNING, EVENING));

        close(dispatcher, id, closing(182_339, "2025-10-15T17:40:00Z")).statusCode(422)
                .body("type", equalTo("https://opsuite.dev/problems/odometer-in-below-out"))
                .body("errors[0].field", equalTo("odometerIn"));
        close(dispatcher, id, closing(182_792, "2025-10-15T05:00:00Z")).statusCode(422)
                .body("errors[0].field", equalTo("returnedAt"));
        close(dispatcher, id, closing(182_792, Instant.now().plus(Duration.ofDays(2)).toString())).statusCode(422)
                .body("type", equalTo("https://opsuite.dev/problems/returned-in-future"));

        Map<String, Object> body = closing(182_792, "2025-10-15T19:40:00+02:00");
        body.put("departedAt", "2025-10-15T08:10:00+02:00");
        given().header("Authorization", dispatcher).header("If-Match", "\"7\"").contentType("application/json").body(body)
                .post("/trip-tickets/{id}/close", id).then().statusCode(412);
        close(dispatcher, id, body).statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("CLOSED"))
                .body("odometerOut", equalTo(182_340))
                .body("odometerIn", equalTo(182_792))
                .body("distanceKm", equalTo(452))
                .body("departedAt", equalTo("2025-10-15T06:10:00Z"))
                .body("returnedAt", equalTo("2025-10-15T17:40:00Z"));

        VehicleRequests.get(manager, vehicleId).statusCode(200).body("odometerKm", equalTo(182_792));

        close(dispatcher, id, closing(182_800, EVENING)).statusCode(409)
                .body("type", equalTo("https://opsuite.dev/problems/trip-ticket-not-issued"));
        cancel(dispatcher, id, "Too late").statusCode(409);

        // The actual window is the record: 06:05 was before departure, 17:30 within.
        driverAt(manager, vehicleId, "2025-10-15T06:05:00Z").statusCode(404);
        driverAt(manager, vehicleId, "2025-10-15T17:30:00Z").statusCode(200).body("source.id", equalTo(id));

        // The next ticket starts from the odometer the close recorded; a close below the vehicle's odometer is refused.
        String next = issued(tenant, ticket(vehicleId, driverId, "2025-10-16T06:00:00Z", "2025-10-16T18:00:00Z"));
        given().header("Authorization", manager).get("/trip-tickets/{id}", next).then().body("odometerOut", equalTo(182_792));
        VehicleRequests.reading(manager, vehicleId, null, 190_000, "2025-10-16T10:00:00Z").statusCode(200);
        close(dispatcher, next, closing(185_000, "2025-10-16T17:00:00Z")).statusCode(422)
                .body("type", equalTo("https://opsuite.dev/problems/odometer-decreased"))
                .body("errors[0].field", equalTo("odometerIn"));
    }

    @Test
    void a_close_whose_actual_window_runs_into_the_next_ticket_is_refused() {
        String first = issued(tenant, ticket(vehicleId, driverId, MORNING, EVENING));
        issued(tenant, ticket(vehicleId, driver(tenant, "Petr Svoboda"), EVENING, "2025-10-15T23:00:00Z"));

        close(manager, first, closing(182_500, "2025-10-15T19:00:00Z")).statusCode(409)
                .body("errors[0].field", equalTo("vehicleId"));
        given().header("Authorization", manager).get("/trip-tickets/{id}", first).then().body("status", equalTo("ISSUED"));
        VehicleRequests.get(manager, vehicleId).statusCode(200).body("odometerKm", equalTo(182_340));
    }

    @Test
    void who_was_driving_answers_from_the_ticket_and_nobody_is_a_404() {
        String trailerId = trailer(tenant);
        Map<String, Object> body = ticket(vehicleId, driverId, MORNING, EVENING);
        body.put("trailerId", trailerId);
        body.put("orderReference", "ORD-2025-0098");
        ExtractableResponse<Response> ticket = issue(dispatcher, body).statusCode(201).extract();

        driverAt(manager, vehicleId, "2025-10-15T14:30:00+02:00").statusCode(200)
                .body("vehicleId", equalTo(vehicleId))
                .body("registrationNumber", equalTo("VEH-0045"))
                .body("at", equalTo("2025-10-15T12:30:00Z"))
                .body("driver.id", equalTo(driverId))
                .body("driver.number", equalTo("DRV-0001"))
                .body("driver.name", equalTo("Jan Novák"))
                .body("trailer.id", equalTo(trailerId))
                .body("source.type", equalTo("TRIP_TICKET"))
                .body("source.id", equalTo(ticket.path("id")))
                .body("source.number", equalTo(ticket.path("number")))
                .body("orderReference", equalTo("ORD-2025-0098"))
                .body("period.from", equalTo(MORNING))
                .body("period.to", equalTo(EVENING));
        // A '+' left unencoded in the query arrives as a space; it is read as the offset it was.
        given().header("Authorization", manager).urlEncodingEnabled(false)
                .get("/vehicles/{id}/driver-at?at=2025-10-15T14:30:00+02:00", vehicleId).then().statusCode(200)
                .body("at", equalTo("2025-10-15T12:30:00Z"));

        driverAt(manager, vehicleId, EVENING).statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://opsuite.dev/problems/no-driver-found"));
        driverAt(manager, vehicleId, "2025-10-14T14:30:00+02:00").statusCode(404)
                .body("type", equalTo("https://opsuite.dev/problems/no-driver-found"));
        driverAt(manager, vehicleId, null).statusCode(400).body("errors[0].field", equalTo("at"));
        driverAt(manager, vehicleId, "yesterday").statusCode(400).body("errors[0].field", equalTo("at"));
        driverAt(manager, UUID.randomUUID().toString(), MORNING).statusCode(404)
                .body("type", equalTo("https://opsuite.dev/problems/vehicle-not-found"));
        driverAt(SuiteStack.bearer(freshTenant("other"), "fleet-manager"), vehicleId, MORNING).statusCode(404)
                .body("type", equalTo("https://opsuite.dev/problems/vehicle-not-found"));

        cancel(manager, ticket.path("id"), "Customer cancelled").statusCode(200);
        driverAt(manager, vehicleId, "2025-10-15T14:30:00+02:00").statusCode(404)
                .body("type", equalTo("https://opsuite.dev/problems/no-driver-found"));
    }

    /**
     * A dispatch of dispatch-service, written to the driving record as its consumer will (source
     * DISPATCH): the same lookup reads it, and the precedence rule decides between overlapping periods.
     */
    @Test
    void the_lookup_reads_dispatch_periods_too_and_a_period_with_an_order_wins() throws Exception {
        String ticketId = issued(tenant, ticket(vehicleId, driverId, MORNING, EVENING));
        String other = driver(tenant, "Petr Svoboda");
        UUID dispatchId = UUID.randomUUID();
        insertDispatchPeriod(vehicleId, other, "2025-10-15T10:00:00Z", "2025-10-15T16:00:00Z", "ORD-2025-0101", dispatchId);

        driverAt(manager, vehicleId, "2025-10-15T12:00:00Z").statusCode(200)
                .body("source.type", equalTo("DISPATCH"))
                .body("source.id", equalTo(dispatchId.toString()))
                .body("driver.id", equalTo(other))
                .body("orderReference", equalTo("ORD-2025-0101"));
        driverAt(manager, vehicleId, "2025-10-15T08:00:00Z").statusCode(200).body("source.id", equalTo(ticketId));
        driverAt(manager, vehicleId, "2025-10-15T17:00:00Z").statusCode(200).body("source.type", equalTo("TRIP_TICKET"));
    }

    @Test
    void lists_filter_by_vehicle_driver_status_order_and_window() {
        Map<String, Object> withOrder = ticket(vehicleId, driverId, MORNING, EVENING);
        withOrder.put("orderReference", "ORD-2025-0098");
        String a = issued(tenant, withOrder);
        String otherVehicle = truck(tenant, VehicleRequests.plate(), 1);
        String otherDriver = driver(tenant, "Petr Svoboda");
        String b = issued(tenant, ticket(otherVehicle, otherDriver, "2025-10-20T06:00:00Z", "2025-10-20T18:00:00Z"));
        String c = issued(tenant, ticket(vehicleId, driverId, "2025-10-22T06:00:00Z", "2025-10-22T18:00:00Z"));
        cancel(manager, c, "Not needed").statusCode(200);

        list(Map.of()).body("total", equalTo(3)).body("items[0].id", equalTo(c));
        list(Map.of("vehicleId", vehicleId)).body("total", equalTo(2));
        list(Map.of("driverId", otherDriver)).body("items.id", equalTo(List.of(b)));
        list(Map.of("status", "ISSUED")).body("total", equalTo(2));
        list(Map.of("status", "CANCELLED,CLOSED")).body("items.id", equalTo(List.of(c)));
        list(Map.of("orderReference", "ORD-2025-0098")).body("items.id", equalTo(List.of(a)));
        list(Map.of("from", "2025-10-15T17:00:00Z", "to", "2025-10-20T07:00:00Z")).body("items.id", equalTo(List.of(b, a)));
        list(Map.of("from", "2025-10-15T18:00:00Z", "to", "2025-10-20T06:00:00Z")).body("total", equalTo(0));
        list(Map.of("orderBy", "number", "order", "asc")).body("items.id", equalTo(List.of(a, b, c)));

        list(Map.of("status", "DRIVING")).statusCode(400).body("errors[0].field", equalTo("status"));
        list(Map.of("vehicleId", "VEH-0045")).statusCode(400).body("errors[0].field", equalTo("vehicleId"));
        list(Map.of("from", "2025-10-20T00:00:00Z", "to", "2025-10-19T00:00:00Z")).statusCode(400)
                .body("errors[0].field", equalTo("to"));
        list(Map.of("orderBy", "driverId")).statusCode(400).body("errors[0].field", equalTo("orderBy"));
    }

    @Test
    void another_tenants_ticket_is_a_404() {
        String id = issued(tenant, ticket(vehicleId, driverId, MORNING, EVENING));
        String stranger = SuiteStack.bearer(freshTenant("stranger"), "fleet-manager");

        given().header("Authorization", stranger).get("/trip-tickets/{id}", id).then().statusCode(404)
                .body("type", equalTo("https://opsuite.dev/problems/trip-ticket-not-found"));
        close(stranger, id, closing(182_400, EVENING)).statusCode(404);
        cancel(stranger, id, "Not mine").statusCode(404);
        given().header("Authorization", stranger).get("/trip-tickets").then().body("total", equalTo(0));
        // Another tenant's vehicle and driver cannot be put on a ticket either.
        issue(stranger, ticket(vehicleId, driverId, MORNING, EVENING)).statusCode(422)
                .body("errors[0].field", equalTo("vehicleId"));
        given().header("Authorization", manager).get("/trip-tickets/{id}", id).then().statusCode(200)
                .body("status", equalTo("ISSUED"));
    }

    @Test
    void issued_closed_and_cancelled_are_published_keyed_by_the_ticket() {
        String id = issued(tenant, ticket(vehicleId, driverId, MORNING, EVENING));
        close(manager, id, closing(182_792, "2025-10-15T17:40:00Z")).statusCode(200);
        String cancelled = issued(tenant, ticket(vehicleId, driverId, "2025-10-16T06:00:00Z", "2025-10-16T18:00:00Z"));
        cancel(manager, cancelled, "Order postponed").statusCode(200);

        var events = KafkaProbe.read(Topics.TRIP_TICKET, r -> r.key().equals(id), 2, Duration.ofSeconds(20));
        assertThat(events).extracting(r -> KafkaProbe.header(r, EventHeaders.TYPE))
                .containsExactly("trip-ticket-issued", "trip-ticket-closed");
        JsonPath issuedEvent = new JsonPath(events.get(0).value());
        assertThat(issuedEvent.getString("registrationNumber")).isEqualTo("VEH-0045");
        assertThat(issuedEvent.getString("driverNumber")).isEqualTo("DRV-0001");
        assertThat(issuedEvent.getLong("odometerOutKm")).isEqualTo(182_340L);
        assertThat(issuedEvent.getString("plannedFrom")).isEqualTo(MORNING);
        JsonPath closedEvent = new JsonPath(events.get(1).value());
        assertThat(closedEvent.getLong("distanceKm")).isEqualTo(452L);
        assertThat(closedEvent.getString("returnedAt")).isEqualTo("2025-10-15T17:40:00Z");
        assertThat(KafkaProbe.header(events.get(1), EventHeaders.TENANT)).isEqualTo(tenant);

        var cancelledEvents = KafkaProbe.read(Topics.TRIP_TICKET, r -> r.key().equals(cancelled), 2, Duration.ofSeconds(20));
        assertThat(cancelledEvents).extracting(r -> KafkaProbe.header(r, EventHeaders.TYPE))
                .containsExactly("trip-ticket-issued", "trip-ticket-cancelled");
        assertThat(new JsonPath(cancelledEvents.get(1).value()).getString("reason")).isEqualTo("Order postponed");
    }

    private io.restassured.response.ValidatableResponse list(Map<String, String> params) {
        return given().header("Authorization", manager).queryParams(params).get("/trip-tickets").then();
    }

    private void insertDispatchPeriod(String vehicle, String driver, String from, String to, String order, UUID dispatchId)
            throws Exception {
        try (Connection c = dev.opsuite.testing.SuiteStack.serviceDatabase();
             PreparedStatement insert = c.prepareStatement("""
                     insert into driving_period (id, tenant_id, vehicle_id, driver_id, starts_at, ends_at, order_reference,
                         source, source_id, source_number, recorded_at, version)
                     values (?, ?, ?, ?, ?, ?, ?, 'DISPATCH', ?, 'DSP-2025-000101', now(), 0)""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, tenant);
            insert.setObject(3, UUID.fromString(vehicle));
            insert.setObject(4, UUID.fromString(driver));
            insert.setTimestamp(5, Timestamp.from(Instant.parse(from)));
            insert.setTimestamp(6, Timestamp.from(Instant.parse(to)));
            insert.setString(7, order);
            insert.setObject(8, dispatchId);
            insert.executeUpdate();
        }
    }
}
