package dev.opsuite.dispatch.dispatches;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import dev.opsuite.dispatch.testing.Forge;
import dev.opsuite.dispatch.testing.Scene;
import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.testing.KafkaProbe;
import dev.opsuite.testing.Race;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Seed 000 over HTTP against the real stack: the wiring, the constraints racing requests meet, and the events on
 * dispatch.dispatch. The rules themselves are DispatchServiceTest's.
 */
@QuarkusTest
class DispatchApiTest {

    @Test
    void a_dispatch_goes_from_pending_to_closed_and_announces_every_step() {
        Scene s = new Scene("life");
        Forge.Unit unit = s.readyUnit();
        UUID ticket = s.ticket(unit);
        UUID customer = UUID.randomUUID();
        UUID invoice = s.invoice(customer);
        Instant datetime = s.tripFrom.plus(1, ChronoUnit.HOURS);

        Response created = s.create(s.dispatcher, ticket, datetime, unit.id(), List.of()).statusCode(201)
                .header("ETag", "\"0\"").header("Location", matchesPattern(".*/dispatch/[0-9a-f-]{36}"))
                .body("dispatchId", matchesPattern("DSP-\\d{4}-\\d{6}")).body("status", equalTo("PENDING"))
                .body("tripTicketId", equalTo(ticket.toString())).body("unit", equalTo(unit.id().toString()))
                .body("createdBy", notNullValue()).body("dateCreated", notNullValue()).body("invoiceCount", equalTo(0))
                .extract().response();
        String id = created.path("id");

        given().header("Authorization", s.billing).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("invoiceIds", List.of(invoice))).post("/dispatch/" + id + "/invoices").then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("invoiceCount", equalTo(1)).header("ETag", "\"1\"");
        s.act(s.dispatcher, id, "schedule", null).statusCode(200).body("status", equalTo("SCHEDULED"));
        s.act(s.dispatcher, id, "dispatch", null).statusCode(200).body("status", equalTo("DISPATCHED"))
                .body("departedAt", notNullValue());
        s.act(s.dispatcher, id, "complete", Map.of("recipientName", "Jan Novák", "receivedAt", Instant.now().toString()))
                .statusCode(200).body("status", equalTo("COMPLETED")).body("delivery.recipientName", equalTo("Jan Novák"));
        s.act(s.manager, id, "close", null).statusCode(200).body("status", equalTo("CLOSED"));

        given().header("Authorization", s.fleetManager).get("/dispatch/" + id).then().statusCode(200)
                .body("dispatchId", equalTo(created.path("dispatchId")))
                .body("tripTicket.number", notNullValue()).body("tripTicket.driverId", equalTo(unit.driverId().toString()))
                .body("tripTicket.plannedFrom", equalTo(s.tripFrom.toString()))
                .body("invoices[0].id", equalTo(invoice.toString())).body("invoices[0].customerId", equalTo(customer.toString()))
                .body("invoices[0].amount.amount", equalTo(12500.0f)).body("invoices[0].status", equalTo("ISSUED"))
                .body("history.to", equalTo(List.of("PENDING", "DRAFT", "SCHEDULED", "DISPATCHED", "COMPLETED", "CLOSED")));
        given().header("Authorization", s.billing).get("/dispatch/" + id + "/history").then().statusCode(200)
                .body("size()", equalTo(6)).body("[1].from", equalTo("PENDING"));
        List<ConsumerRecord<String, String>> announced = KafkaProbe.read(Topics.DISPATCH, r -> id.equals(r.key()), 6,
                Duration.ofSeconds(30));
        assertThat(announced).extracting(r -> KafkaProbe.header(r, EventHeaders.TYPE)).containsExactly("dispatch-created",
                "dispatch-invoice-attached", "dispatch-scheduled", "dispatch-dispatched", "dispatch-completed",
                "dispatch-closed");
    }

    @Test
    void fields_the_seed_fills_in_cannot_be_written_and_only_datetime_and_unit_are_editable() {
        Scene s = new Scene("fields");
        Forge.Unit unit = s.readyUnit();
        UUID ticket = s.ticket(unit);
        for (String field : List.of("id", "dispatchId", "createdBy", "dateCreated")) {
            given().header("Authorization", s.dispatcher).contentType(ContentType.JSON)
                    .body(Map.of("tripTicketId", ticket, "datetime", s.tripFrom.toString(), "unit", unit.id(), field, "x"))
                    .post("/dispatch").then().statusCode(400).body("errors[0].field", equalTo(field))
                    .body("type", endsWith("/field-not-editable"));
        }
        // The status moves only by the lifecycle's actions.
        given().header("Authorization", s.dispatcher).contentType(ContentType.JSON)
                .body(Map.of("tripTicketId", ticket, "datetime", s.tripFrom.toString(), "unit", unit.id(), "status", "CLOSED"))
                .post("/dispatch").then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().header("Authorization", s.manager).get("/dispatch").then().statusCode(200).body("total", equalTo(0));
        String id = s.create(s.dispatcher, ticket, s.tripFrom, unit.id(), List.of()).statusCode(201).extract().path("id");

        given().header("Authorization", s.dispatcher).contentType(ContentType.JSON).body(Map.of("tripTicketId", ticket))
                .patch("/dispatch/" + id).then().statusCode(400).body("errors[0].field", equalTo("tripTicketId"));
        given().header("Authorization", s.dispatcher).header("If-Match", "\"7\"").contentType(ContentType.JSON)
                .body(Map.of("datetime", s.tripFrom.plus(2, ChronoUnit.HOURS).toString())).patch("/dispatch/" + id).then()
                .statusCode(412);
        given().header("Authorization", s.dispatcher).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("datetime", s.tripFrom.plus(2, ChronoUnit.HOURS).toString())).patch("/dispatch/" + id).then()
                .statusCode(200).body("datetime", equalTo(s.tripFrom.plus(2, ChronoUnit.HOURS).toString()))
                .header("ETag", "\"1\"");
    }

    @Test
    void many_concurrent_bookings_of_one_unit_in_overlapping_windows_leave_exactly_one() throws Exception {
        Scene s = new Scene("race");
        Forge.Unit unit = s.readyUnit();
        List<UUID> tickets = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            // Fleet would not issue overlapping tickets to one truck; forged here so that only the unit's window collides.
            tickets.add(s.ticket(unit, s.tripFrom.plus(i * 10L, ChronoUnit.MINUTES), s.tripTo.plus(i * 10L, ChronoUnit.MINUTES)));
        }
        List<Callable<Response>> bookings = new ArrayList<>();
        for (UUID ticket : tickets) {
            bookings.add(() -> s.create(s.dispatcher, ticket, s.tripFrom.plus(2, ChronoUnit.HOURS), unit.id(), List.of())
                    .extract().response());
        }

        List<Response> answers = Race.all(bookings);

        assertThat(answers).extracting(Response::statusCode).containsOnly(201, 409).filteredOn(c -> c == 201).hasSize(1);
        assertThat(answers).filteredOn(r -> r.statusCode() == 409)
                .allSatisfy(r -> assertThat(r.jsonPath().getString("errors[0].field")).isEqualTo("unit"));
        given().header("Authorization", s.dispatcher).get("/dispatch?unit=" + unit.id()).then().body("total", equalTo(1));
    }

    @Test
    void a_trip_ticket_is_used_by_one_live_dispatch_and_free_again_once_it_is_cancelled() {
        Scene s = new Scene("ticket");
        Forge.Unit unit = s.readyUnit();
        UUID ticket = s.ticket(unit);
        String first = s.create(s.dispatcher, ticket, s.tripFrom, unit.id(), List.of()).statusCode(201).extract().path("id");
        // Another unit of the same crew: its window is free, so only the ticket's own rule can answer.
        Forge.Unit twin = s.ready(unit.twin());

        s.create(s.dispatcher, ticket, s.tripFrom, twin.id(), List.of()).statusCode(409)
                .body("type", equalTo("https://opsuite.dev/problems/trip-ticket-used"))
                .body("errors[0].field", equalTo("tripTicketId"));
        s.act(s.dispatcher, first, "cancel", Map.of("reason", "customer postponed")).statusCode(200)
                .body("status", equalTo("CANCELLED"));
        s.create(s.dispatcher, ticket, s.tripFrom, twin.id(), List.of()).statusCode(201);
    }

    @Test
    void two_dispatches_racing_for_one_invoice_leave_it_on_one() throws Exception {
        Scene s = new Scene("invoice-race");
        String first = s.pendingDispatch();
        String second = s.pendingDispatch();
        UUID invoice = s.invoice(UUID.randomUUID());

        List<Response> answers = Race.all(List.of(attach(s, first, invoice), attach(s, second, invoice)));

        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
        assertThat(answers).filteredOn(r -> r.statusCode() == 409).singleElement()
                .satisfies(r -> assertThat(r.jsonPath().getString("errors[0].field")).isEqualTo("invoiceIds"));
    }

    @Test
    void the_list_filters_by_date_unit_customer_creator_and_status_with_paging() {
        Scene s = new Scene("list");
        UUID customer = UUID.randomUUID();
        String withInvoice = s.pendingDispatch();
        String other = s.pendingDispatch();
        UUID invoice = s.invoice(customer);
        attachNow(s, withInvoice, invoice);

        given().header("Authorization", s.manager).get("/dispatch?customerId=" + customer).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(withInvoice)).body("items[0].invoiceCount", equalTo(1));
        given().header("Authorization", s.manager).get("/dispatch?status=DRAFT,PENDING&orderBy=dispatchId&order=asc&size=1")
                .then().statusCode(200).body("total", equalTo(2)).body("items.size()", equalTo(1))
                .body("totalPages", equalTo(2));
        given().header("Authorization", s.manager).get("/dispatch?status=PENDING").then().body("items[0].id", equalTo(other));
        given().header("Authorization", s.manager).get("/dispatch?createdBy=nobody").then().body("total", equalTo(0));
        given().header("Authorization", s.manager)
                .get("/dispatch?from=" + s.tripFrom + "&to=" + s.tripFrom.plus(2, ChronoUnit.HOURS)).then()
                .body("total", equalTo(2));
        given().header("Authorization", s.manager).get("/dispatch?to=" + s.tripFrom).then().body("total", equalTo(0));
        given().header("Authorization", s.manager).get("/dispatch?orderBy=unit").then().statusCode(400)
                .body("errors[0].field", equalTo("orderBy"));
    }

    @Test
    void delete_is_soft_limited_for_a_dispatcher_and_refused_once_an_invoice_is_processed() {
        Scene s = new Scene("delete");
        String evas = s.pendingDispatch();
        // Another user holding the dispatcher role (the token's name differs).
        String anotherDispatcher = dev.opsuite.testing.SuiteStack.bearer(s.tenant, "dispatcher", "viewer");

        given().header("Authorization", anotherDispatcher).delete("/dispatch/" + evas).then().statusCode(403)
                .body("type", equalTo("https://opsuite.dev/problems/dispatch-delete-limited"));
        given().header("Authorization", s.dispatcher).delete("/dispatch/" + evas).then().statusCode(204);
        given().header("Authorization", s.manager).get("/dispatch/" + evas).then().statusCode(404);

        String scheduled = s.pendingDispatch();
        s.act(s.dispatcher, scheduled, "schedule", null).statusCode(200);
        given().header("Authorization", s.dispatcher).delete("/dispatch/" + scheduled).then().statusCode(403)
                .body("type", equalTo("https://opsuite.dev/problems/dispatch-delete-limited"));
        given().header("Authorization", s.manager).delete("/dispatch/" + scheduled).then().statusCode(204);

        String paid = s.pendingDispatch();
        UUID invoice = s.invoice(UUID.randomUUID());
        attachNow(s, paid, invoice);
        Forge.invoiceProcessed(s.tenant, invoice);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", s.dispatcher)
                .get("/invoices/" + invoice).then().body("status", equalTo("PROCESSED")));
        given().header("Authorization", s.manager).delete("/dispatch/" + paid).then().statusCode(409)
                .body("type", equalTo("https://opsuite.dev/problems/invoice-processed"));
        given().header("Authorization", s.dispatcher).delete("/dispatch/" + paid + "/invoices/" + invoice).then()
                .statusCode(409);
    }

    @Test
    void a_scheduled_dispatch_whose_unit_stops_being_ready_is_on_the_at_risk_list() {
        Scene s = new Scene("risk");
        Forge.Unit unit = s.readyUnit();
        String id = s.create(s.dispatcher, s.ticket(unit), s.tripFrom, unit.id(), List.of()).statusCode(201)
                .extract().path("id");
        s.act(s.dispatcher, id, "schedule", null).statusCode(200);

        unit.announce(s.tenant, false, 2, "DRIVER_LICENCE_EXPIRED");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", s.dispatcher)
                .get("/dispatch/at-risk").then().statusCode(200).body("dispatch.id", hasItem(id))
                .body("find { it.dispatch.id == '" + id + "' }.reasons[0]", equalTo("DRIVER_LICENCE_EXPIRED")));
    }

    @Test
    void the_policy_is_the_default_until_an_operations_manager_sets_it() {
        Scene s = new Scene("policy");
        given().header("Authorization", s.dispatcher).get("/dispatch-policy").then().statusCode(200)
                .body("pastDatetimeAllowed", equalTo(false)).body("windowSource", equalTo("TRIP_TICKET"))
                .body("windowMinutes", equalTo(120));
        given().header("Authorization", s.manager).contentType(ContentType.JSON)
                .body(Map.of("pastDatetimeAllowed", true, "windowSource", "DURATION", "windowMinutes", 5000))
                .put("/dispatch-policy").then().statusCode(400).body("errors[0].field", equalTo("windowMinutes"));
        given().header("Authorization", s.manager).contentType(ContentType.JSON)
                .body(Map.of("pastDatetimeAllowed", true, "windowSource", "DURATION", "windowMinutes", 60))
                .put("/dispatch-policy").then().statusCode(200).body("windowSource", equalTo("DURATION"));

        Forge.Unit unit = s.readyUnit();
        s.create(s.dispatcher, s.ticket(unit), s.tripFrom.plus(2, ChronoUnit.HOURS), unit.id(), List.of()).statusCode(201)
                .body("window.from", equalTo(s.tripFrom.plus(90, ChronoUnit.MINUTES).toString()))
                .body("window.to", equalTo(s.tripFrom.plus(150, ChronoUnit.MINUTES).toString()));
    }

    private static Callable<Response> attach(Scene s, String dispatch, UUID invoice) {
        return () -> given().header("Authorization", s.dispatcher).contentType(ContentType.JSON)
                .body(Map.of("invoiceIds", List.of(invoice))).post("/dispatch/" + dispatch + "/invoices").andReturn();
    }

    private static void attachNow(Scene s, String dispatch, UUID invoice) {
        given().header("Authorization", s.dispatcher).contentType(ContentType.JSON).body(Map.of("invoiceIds", List.of(invoice)))
                .post("/dispatch/" + dispatch + "/invoices").then().statusCode(200);
    }
}
