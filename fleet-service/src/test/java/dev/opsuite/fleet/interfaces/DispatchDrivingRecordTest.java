package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.FineScenarioTest.letter;
import static dev.opsuite.fleet.interfaces.FineScenarioTest.record;
import static dev.opsuite.fleet.interfaces.ServiceRequests.decimal;
import static dev.opsuite.fleet.interfaces.ServiceRequests.exact;
import static dev.opsuite.fleet.interfaces.ServiceRequests.freshTenant;
import static dev.opsuite.fleet.interfaces.ServiceRequests.get;
import static dev.opsuite.fleet.interfaces.TripRequests.driver;
import static dev.opsuite.fleet.interfaces.TripRequests.driverAt;
import static dev.opsuite.fleet.interfaces.TripRequests.issued;
import static dev.opsuite.fleet.interfaces.TripRequests.ticket;
import static dev.opsuite.fleet.interfaces.TripRequests.trailer;
import static dev.opsuite.fleet.interfaces.TripRequests.truck;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.opsuite.events.DispatchAssignment;
import dev.opsuite.events.DispatchCancelled;
import dev.opsuite.events.DispatchCompleted;
import dev.opsuite.events.DispatchCreated;
import dev.opsuite.events.DispatchDeleted;
import dev.opsuite.events.DispatchDispatched;
import dev.opsuite.events.DispatchScheduled;
import dev.opsuite.events.DispatchUpdated;
import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.EventContract;
import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.testing.EventSchemas;
import dev.opsuite.testing.KafkaProbe;
import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The driving record's DISPATCH source end to end: dispatch-service's events, forged here as dispatch-service
 * publishes them (each checked against its schema before it is sent) on {@code dispatch.dispatch}, go through
 * fleet's consumer into the driving record; "who was driving?" and a fine's attribution answer from them.
 * Dispatch DSP-2025-000042 of order SO-2025-000007: VEH-0045 with Jan Novák, booked 06:00-18:00 on
 * 15 October 2025, gone at 06:05, delivered at 11:40.
 */
@QuarkusTest
class DispatchDrivingRecordTest {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String DEAD_LETTERS = Topics.deadLetter(Topics.DISPATCH, "fleet-service");
    static final Instant FROM = Instant.parse("2025-10-15T06:00:00Z");
    static final Instant TO = Instant.parse("2025-10-15T18:00:00Z");
    static final Instant DEPARTED = Instant.parse("2025-10-15T06:05:00Z");
    static final Instant DELIVERED = Instant.parse("2025-10-15T11:40:00Z");
    static final String ORDER = "SO-2025-000007";

    String tenant;
    String hr;
    String vehicleId;
    String janId;
    String trailerId;

    @BeforeEach
    void fleet() {
        tenant = freshTenant("dispatches");
        hr = SuiteStack.bearer(tenant, "hr-admin");
        vehicleId = truck(tenant, "VEH-0045", 182_340);
        janId = driver(tenant, "Jan Novák");
        trailerId = trailer(tenant);
    }

    @Test
    void a_dispatch_answers_who_was_driving_and_a_fine_during_it_is_charged_to_its_driver_and_order() {
        Dispatch dsp = new Dispatch("DSP-2025-000042", vehicleId, janId, trailerId, ORDER);

        // Created PENDING (no invoices yet): not scheduled, so nobody is booked on the truck.
        send(dsp, EventCatalog.DISPATCH_CREATED, new DispatchCreated(dsp.id, dsp.number, "PENDING", FROM, dsp.assignment(),
                List.of(), "dispatcher-eva", Instant.now()));
        send(dsp, EventCatalog.DISPATCH_SCHEDULED, new DispatchScheduled(dsp.id, dsp.number, FROM, dsp.assignment(),
                "dispatcher-eva", Instant.now()));
        await().atMost(PATIENCE).untilAsserted(() -> driverAt(hr, vehicleId, "2025-10-15T10:00:00Z").statusCode(200));
        driverAt(hr, vehicleId, "2025-10-15T10:00:00+00:00").statusCode(200)
                .body("driver.id", equalTo(janId))
                .body("driver.number", equalTo("DRV-0001"))
                .body("driver.name", equalTo("Jan Novák"))
                .body("trailer.id", equalTo(trailerId))
                .body("source.type", equalTo("DISPATCH"))
                .body("source.id", equalTo(dsp.id.toString()))
                .body("source.number", equalTo("DSP-2025-000042"))
                .body("orderReference", equalTo(ORDER))
                .body("period.from", equalTo("2025-10-15T06:00:00Z"))
                .body("period.to", equalTo("2025-10-15T18:00:00Z"));

        // Dispatched: from the departure. Completed: until the delivery.
        send(dsp, EventCatalog.DISPATCH_DISPATCHED, new DispatchDispatched(dsp.id, dsp.number, FROM, dsp.assignment(),
                DEPARTED, "dispatcher-eva", Instant.now()));
        await().atMost(PATIENCE).untilAsserted(() -> driverAt(hr, vehicleId, "2025-10-15T10:00:00Z").statusCode(200)
                .body("period.from", equalTo("2025-10-15T06:05:00Z")));
        send(dsp, EventCatalog.DISPATCH_COMPLETED, new DispatchCompleted(dsp.id, dsp.number, dsp.assignment(), DEPARTED,
                DELIVERED, "Jana Dvořáková", true, List.of(UUID.randomUUID()), "dispatcher-eva", Instant.now()));
        await().atMost(PATIENCE).untilAsserted(() -> driverAt(hr, vehicleId, "2025-10-15T10:00:00Z").statusCode(200)
                .body("period.to", equalTo("2025-10-15T11:40:00Z")));
        driverAt(hr, vehicleId, "2025-10-15T12:00:00Z").statusCode(404)
                .body("type", equalTo("https://opsuite.dev/problems/no-driver-found"));

        // A speeding letter for 10:00 that day: charged through the dispatch to Jan and to the dispatch's order.
        JsonPath fine = exact(record(hr, letter(vehicleId, "2025-10-15T12:00:00+02:00", "PCR-2025-7001")).statusCode(201));
        assertThat(fine.getString("status")).isEqualTo("ATTRIBUTED");
        assertThat(fine.getString("attribution")).isEqualTo("DRIVING_RECORD");
        assertThat(fine.getString("driverId")).isEqualTo(janId);
        assertThat(fine.getString("drivingSource.type")).isEqualTo("DISPATCH");
        assertThat(fine.getString("drivingSource.id")).isEqualTo(dsp.id.toString());
        assertThat(fine.getString("drivingSource.number")).isEqualTo("DSP-2025-000042");
        assertThat(fine.getString("tripTicketId")).isNull();
        assertThat(fine.getString("orderReference")).isEqualTo(ORDER);

        JsonPath statement = exact(get(hr, "/drivers/{id}/transactions", janId).statusCode(200));
        assertThat(statement.getString("transactions[0].description")).isEqualTo("Fine: -500 CZK (Speeding, Order SO-2025-000007)");
        JsonPath order = exact(get(hr, "/order-costs?orderReference=" + ORDER).statusCode(200));
        assertThat(order.getList("costs")).hasSize(1);
        assertThat(order.getString("costs[0].kind")).isEqualTo("FINE");
        assertThat(order.getString("costs[0].driverId")).isEqualTo(janId);
        assertThat(decimal(order, "costs[0].amount")).isEqualTo(new BigDecimal("500.00"));

        var attributed = KafkaProbe.read(Topics.FINE, r -> r.key().equals(fine.getString("id"))
                && "fine-attributed".equals(KafkaProbe.header(r, EventHeaders.TYPE)), 1, PATIENCE);
        assertThat(attributed).singleElement().satisfies(r -> {
            JsonPath event = exact(r.value());
            assertThat(event.getString("drivingSource")).isEqualTo("DISPATCH");
            assertThat(event.getString("drivingSourceId")).isEqualTo(dsp.id.toString());
            assertThat(event.getString("drivingSourceNumber")).isEqualTo("DSP-2025-000042");
            assertThat(event.getString("orderReference")).isEqualTo(ORDER);
        });
        // What billing reads for the order's profitability: order-cost-recorded under the dispatch's order.
        var costs = KafkaProbe.read(Topics.ORDER_COST, r -> tenant.equals(KafkaProbe.header(r, EventHeaders.TENANT)), 1,
                PATIENCE);
        assertThat(costs).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo(ORDER);
            JsonPath cost = exact(r.value());
            assertThat(cost.getString("orderReference")).isEqualTo(ORDER);
            assertThat(cost.getString("kind")).isEqualTo("FINE");
            assertThat(decimal(cost, "amount")).isEqualTo(new BigDecimal("500.00"));
            assertThat(cost.getString("driverId")).isEqualTo(janId);
        });
    }

    @Test
    void a_cancelled_or_deleted_dispatch_leaves_the_driving_record_and_a_rescheduled_one_moves() {
        Dispatch cancelled = new Dispatch("DSP-2025-000043", vehicleId, janId, null, ORDER);
        send(cancelled, EventCatalog.DISPATCH_SCHEDULED, new DispatchScheduled(cancelled.id, cancelled.number, FROM,
                cancelled.assignment(), "dispatcher-eva", Instant.now()));
        await().atMost(PATIENCE).untilAsserted(() -> driverAt(hr, vehicleId, "2025-10-15T10:00:00Z").statusCode(200)
                .body("source.number", equalTo("DSP-2025-000043")));

        send(cancelled, EventCatalog.DISPATCH_CANCELLED, new DispatchCancelled(cancelled.id, cancelled.number, "SCHEDULED",
                "Customer postponed", "dispatcher-eva", Instant.now()));
        await().atMost(PATIENCE).untilAsserted(() -> driverAt(hr, vehicleId, "2025-10-15T10:00:00Z").statusCode(404));

        // Rescheduled to the next day (dispatch-updated while SCHEDULED), then deleted after it left.
        Dispatch moved = new Dispatch("DSP-2025-000044", vehicleId, janId, null, ORDER);
        send(moved, EventCatalog.DISPATCH_SCHEDULED, new DispatchScheduled(moved.id, moved.number, FROM, moved.assignment(),
                "dispatcher-eva", Instant.now()));
        Instant nextDay = FROM.plus(Duration.ofDays(1));
        send(moved, EventCatalog.DISPATCH_UPDATED, new DispatchUpdated(moved.id, moved.number, "SCHEDULED", nextDay,
                moved.assignment(nextDay, TO.plus(Duration.ofDays(1))), List.of("datetime"), "dispatcher-eva", Instant.now()));
        await().atMost(PATIENCE).untilAsserted(() -> driverAt(hr, vehicleId, "2025-10-16T10:00:00Z").statusCode(200)
                .body("source.number", equalTo("DSP-2025-000044")));
        driverAt(hr, vehicleId, "2025-10-15T10:00:00Z").statusCode(404);

        send(moved, EventCatalog.DISPATCH_DISPATCHED, new DispatchDispatched(moved.id, moved.number, nextDay,
                moved.assignment(nextDay, TO.plus(Duration.ofDays(1))), nextDay, "dispatcher-eva", Instant.now()));
        send(moved, EventCatalog.DISPATCH_DELETED, new DispatchDeleted(moved.id, moved.number, "DISPATCHED",
                "operations-manager", Instant.now()));
        await().atMost(PATIENCE).untilAsserted(() -> driverAt(hr, vehicleId, "2025-10-16T10:00:00Z").statusCode(404));
    }

    @Test
    void a_dispatch_and_the_trip_ticket_it_runs_on_answer_by_the_precedence_rules() {
        // The trip ticket of the same trip, same order and window; and an earlier ticket of Petr without an order.
        Map<String, Object> trip = ticket(vehicleId, janId, FROM.toString(), TO.toString());
        trip.put("orderReference", ORDER);
        String ticketId = issued(tenant, trip);
        String other = truck(tenant, "VEH-0046", 1);
        String petr = driver(tenant, "Petr Svoboda");
        String petrsTicket = issued(tenant, ticket(other, petr, "2025-10-15T04:00:00Z", "2025-10-15T20:00:00Z"));

        Dispatch dsp = new Dispatch("DSP-2025-000045", vehicleId, janId, null, ORDER);
        send(dsp, EventCatalog.DISPATCH_SCHEDULED, new DispatchScheduled(dsp.id, dsp.number, FROM, dsp.assignment(),
                "dispatcher-eva", Instant.now()));
        // (3) same order, same start: the dispatch, what actually ran.
        await().atMost(PATIENCE).untilAsserted(() -> driverAt(hr, vehicleId, "2025-10-15T06:00:00Z").statusCode(200)
                .body("source.type", equalTo("DISPATCH")));

        send(dsp, EventCatalog.DISPATCH_COMPLETED, new DispatchCompleted(dsp.id, dsp.number, dsp.assignment(), DEPARTED,
                DELIVERED, "Jana Dvořáková", false, List.of(UUID.randomUUID()), "dispatcher-eva", Instant.now()));
        await().atMost(PATIENCE).untilAsserted(() -> driverAt(hr, vehicleId, "2025-10-15T06:02:00Z").statusCode(200)
                .body("source.id", equalTo(ticketId)));
        // (2) the later start: the dispatch that left at 06:05 over the ticket from 06:00; the ticket once delivered.
        driverAt(hr, vehicleId, "2025-10-15T10:00:00Z").statusCode(200).body("source.id", equalTo(dsp.id.toString()));
        driverAt(hr, vehicleId, "2025-10-15T12:00:00Z").statusCode(200).body("source.id", equalTo(ticketId));

        // (1) an order wins: Petr's ticket without one started earlier, a dispatch on his truck carries an order.
        Dispatch onPetrsTruck = new Dispatch("DSP-2025-000046", other, petr, null, "SO-2025-000008");
        send(onPetrsTruck, EventCatalog.DISPATCH_SCHEDULED, new DispatchScheduled(onPetrsTruck.id, onPetrsTruck.number,
                FROM, onPetrsTruck.assignment(), "dispatcher-eva", Instant.now()));
        await().atMost(PATIENCE).untilAsserted(() -> driverAt(hr, other, "2025-10-15T10:00:00Z").statusCode(200)
                .body("source.number", equalTo("DSP-2025-000046"))
                .body("orderReference", equalTo("SO-2025-000008")));
        driverAt(hr, other, "2025-10-15T05:00:00Z").statusCode(200).body("source.id", equalTo(petrsTicket));
    }

    @Test
    void a_redelivery_changes_nothing_and_what_fleet_cannot_keep_is_dead_lettered_while_the_rest_flows() {
        Dispatch dsp = new Dispatch("DSP-2025-000047", vehicleId, janId, null, ORDER);
        UUID scheduledEvent = send(dsp, EventCatalog.DISPATCH_SCHEDULED, new DispatchScheduled(dsp.id, dsp.number, FROM,
                dsp.assignment(), "dispatcher-eva", Instant.now()));
        send(dsp, EventCatalog.DISPATCH_CANCELLED, new DispatchCancelled(dsp.id, dsp.number, "SCHEDULED", "Not needed",
                "dispatcher-eva", Instant.now()));

        // dispatch-scheduled delivered again, after the cancel: the inbox has seen its id, so the dispatch stays off.
        KafkaProbe.resend(KafkaProbe.read(Topics.DISPATCH,
                r -> scheduledEvent.toString().equals(KafkaProbe.header(r, EventHeaders.ID)), 1, PATIENCE).get(0));
        // A vehicle fleet does not have (the record's foreign key refuses it) and a scheduled dispatch without its
        // assignment (poison): both parked with their reason.
        Dispatch unknownTruck = new Dispatch("DSP-2025-000048", UUID.randomUUID().toString(), janId, null, ORDER);
        UUID refused = send(unknownTruck, EventCatalog.DISPATCH_SCHEDULED, new DispatchScheduled(unknownTruck.id,
                unknownTruck.number, FROM, unknownTruck.assignment(), "dispatcher-eva", Instant.now()));
        UUID poison = UUID.randomUUID();
        KafkaProbe.sendForged(Topics.DISPATCH, unknownTruck.id.toString(), """
                {"dispatchId":"%s","dispatchNumber":"DSP-2025-000048","datetime":"2025-10-15T06:00:00Z",
                 "scheduledBy":"dispatcher-eva","scheduledAt":"2025-10-14T09:00:00Z"}""".formatted(unknownTruck.id),
                headers(poison, "dispatch-scheduled", unknownTruck.id));
        // One partition, one record at a time: once this later dispatch is in, everything above was handled.
        String sentinelTruck = truck(tenant, "VEH-0047", 1);
        Dispatch sentinel = new Dispatch("DSP-2025-000049", sentinelTruck, janId, null, ORDER);
        send(sentinel, EventCatalog.DISPATCH_SCHEDULED, new DispatchScheduled(sentinel.id, sentinel.number, FROM,
                sentinel.assignment(), "dispatcher-eva", Instant.now()));
        await().atMost(PATIENCE).untilAsserted(() -> driverAt(hr, sentinelTruck, "2025-10-15T10:00:00Z").statusCode(200));

        driverAt(hr, vehicleId, "2025-10-15T10:00:00Z").statusCode(404);
        var parked = KafkaProbe.read(DEAD_LETTERS, r -> Set.of(refused.toString(), poison.toString())
                .contains(KafkaProbe.header(r, EventHeaders.ID)), 2, PATIENCE);
        assertThat(parked).extracting(r -> KafkaProbe.header(r, EventHeaders.ID))
                .containsExactly(refused.toString(), poison.toString());
        assertThat(KafkaProbe.header(parked.get(0), "dead-letter-reason")).contains("driving_period_vehicle");
        assertThat(KafkaProbe.header(parked.get(1), "dead-letter-reason")).contains("poison message");
    }

    /** A dispatch of dispatch-service, with the assignment its events carry. */
    record Dispatch(UUID id, String number, String vehicleId, String driverId, String trailerId, String order) {

        Dispatch(String number, String vehicleId, String driverId, String trailerId, String order) {
            this(UUID.randomUUID(), number, vehicleId, driverId, trailerId, order);
        }

        DispatchAssignment assignment() {
            return assignment(FROM, TO);
        }

        DispatchAssignment assignment(Instant from, Instant to) {
            return new DispatchAssignment(UUID.randomUUID(), UUID.fromString(vehicleId), UUID.fromString(driverId),
                    trailerId == null ? null : UUID.fromString(trailerId), UUID.randomUUID(), "TT-2025-000001", order, from,
                    to);
        }
    }

    /** Sends the event as dispatch-service's outbox would, after checking it against its schema; answers its id. */
    <T> UUID send(Dispatch dispatch, EventContract<T> contract, T payload) {
        String json;
        try {
            json = JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        assertThat(EventSchemas.violations(contract, json)).as(contract.type() + " v1 as dispatch-service writes it").isEmpty();
        UUID eventId = UUID.randomUUID();
        KafkaProbe.send(Topics.DISPATCH, dispatch.id.toString(), json, headers(eventId, contract.type(), dispatch.id));
        return eventId;
    }

    Map<String, String> headers(UUID eventId, String type, UUID dispatchId) {
        return Map.of(EventHeaders.ID, eventId.toString(), EventHeaders.TYPE, type, EventHeaders.SCHEMA_VERSION, "1",
                EventHeaders.TENANT, tenant, EventHeaders.TIME, Instant.now().toString(), EventHeaders.SUBJECT,
                dispatchId.toString(), EventHeaders.SOURCE, "/opsuite/dispatch-service", EventHeaders.SPEC_VERSION,
                EventHeaders.SPEC_VERSION_VALUE);
    }
}
