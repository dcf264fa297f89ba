package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.ServiceRequests.decimal;
import static dev.opsuite.fleet.interfaces.ServiceRequests.exact;
import static dev.opsuite.fleet.interfaces.ServiceRequests.freshTenant;
import static dev.opsuite.fleet.interfaces.ServiceRequests.get;
import static dev.opsuite.fleet.interfaces.TripRequests.close;
import static dev.opsuite.fleet.interfaces.TripRequests.closing;
import static dev.opsuite.fleet.interfaces.TripRequests.driver;
import static dev.opsuite.fleet.interfaces.TripRequests.driverAt;
import static dev.opsuite.fleet.interfaces.TripRequests.issue;
import static dev.opsuite.fleet.interfaces.TripRequests.ticket;
import static dev.opsuite.fleet.interfaces.TripRequests.truck;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.testing.KafkaProbe;
import dev.opsuite.testing.Race;
import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seed 004, "Scenario: Speeding Fine", end to end: the trip ticket is the record of who drove VEH-0045
 * on 2025-10-15 at 14:30; the fine letter is charged to Jan Novák (DRV-0001) and order ORD-2025-0098, and
 * the three history lines appear on the vehicle, the driver and the order. Then a fine nobody is
 * recorded for, attributed by hand.
 */
@QuarkusTest
class FineScenarioTest {

    static final String AT = "2025-10-15T14:30:00+02:00";

    String tenant;
    String manager;
    String hr;
    String vehicleId;
    String janId;
    /** The pay period the deduction falls in: the current one, in the payroll time zone. */
    String payPeriod;

    @BeforeEach
    void fleet() {
        tenant = freshTenant("fines");
        manager = SuiteStack.bearer(tenant, "fleet-manager");
        hr = SuiteStack.bearer(tenant, "hr-admin");
        vehicleId = truck(tenant, "VEH-0045", 182_340);
        janId = driver(tenant, "Jan Novák");
        payPeriod = YearMonth.now(ZoneId.of("Europe/Prague")).toString();
    }

    static Map<String, Object> letter(String vehicleId, String committedAt, String reference) {
        Map<String, Object> body = new HashMap<>();
        body.put("vehicleId", vehicleId);
        body.put("committedAt", committedAt);
        body.put("location", "D1, km 45 (Czech Republic)");
        body.put("offense", "Speeding");
        body.put("offenseDetails", "140 km/h in 120 zone");
        body.put("amount", 500);
        body.put("currency", "CZK");
        body.put("reference", reference);
        body.put("issuingAuthority", "Police of the Czech Republic");
        body.put("receivedOn", LocalDate.now(ZoneOffset.UTC).toString());
        return body;
    }

    static ValidatableResponse record(String token, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post("/fines").then();
    }

    static ValidatableResponse attribute(String token, String fineId, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .post("/fines/{id}/attribution", fineId).then();
    }

    @Test
    void speeding_fine_on_VEH_0045_is_charged_to_Jan_Novak_and_order_ORD_2025_0098() {
        // The trip: Jan Novák drives VEH-0045 for ORD-2025-0098 on 2025-10-15 (Prague time), and is back at 19:40.
        Map<String, Object> trip = ticket(vehicleId, janId, "2025-10-15T07:00:00+02:00", "2025-10-15T20:00:00+02:00");
        trip.put("orderReference", "ORD-2025-0098");
        ExtractableResponse<Response> ticket = issue(SuiteStack.bearer(tenant, "dispatcher"), trip).statusCode(201).extract();
        String ticketId = ticket.path("id");
        close(manager, ticketId, closing(182_792, "2025-10-15T19:40:00+02:00")).statusCode(200);

        // 2. Admin checks: who was driving?
        driverAt(hr, vehicleId, AT).statusCode(200)
                .body("driver.number", equalTo("DRV-0001")).body("driver.name", equalTo("Jan Novák"))
                .body("orderReference", equalTo("ORD-2025-0098")).body("source.id", equalTo(ticketId));

        // 1. + 3. The fine letter arrives; the system charges it.
        JsonPath fine = exact(record(hr, letter(vehicleId, AT, "PCR-2025-4471")).statusCode(201));
        String fineId = fine.getString("id");
        assertThat(fine.getString("status")).isEqualTo("ATTRIBUTED");
        assertThat(fine.getString("committedAt")).isEqualTo("2025-10-15T12:30:00Z");
        assertThat(decimal(fine, "amount")).isEqualTo(new BigDecimal("500.00"));

        JsonPath read = exact(get(manager, "/fines/{id}", fineId).statusCode(200));
        assertThat(read.getString("vehicleId")).isEqualTo(vehicleId);
        assertThat(read.getString("location")).isEqualTo("D1, km 45 (Czech Republic)");
        assertThat(read.getString("offense")).isEqualTo("Speeding");
        assertThat(read.getString("offenseDetails")).isEqualTo("140 km/h in 120 zone");
        assertThat(decimal(read, "amount")).isEqualTo(new BigDecimal("500.00"));
        assertThat(read.getString("currency")).isEqualTo("CZK");
        assertThat(read.getString("status")).isEqualTo("ATTRIBUTED");
        assertThat(read.getString("attribution")).isEqualTo("DRIVING_RECORD");
        assertThat(read.getString("driverId")).isEqualTo(janId);
        assertThat(read.getString("tripTicketId")).isEqualTo(ticketId);
        assertThat(read.getString("drivingSource.number")).isEqualTo(ticket.<String>path("number"));
        assertThat(read.getString("orderReference")).isEqualTo("ORD-2025-0098");
        assertThat(read.getString("driverTransactionId")).isNotNull();
        assertThat(read.getString("orderCostId")).isNotNull();
        get(manager, "/fines?orderReference=ORD-2025-0098").body("total", equalTo(1)).body("items[0].id", equalTo(fineId));
        get(manager, "/fines?driverId=" + janId).body("total", equalTo(1));
        get(manager, "/fines?vehicleId=" + vehicleId + "&status=ATTRIBUTED").body("total", equalTo(1));
        get(manager, "/fines?status=PENDING_ATTRIBUTION").body("total", equalTo(0));

        // 4. History: vehicle VEH-0045 "Fine: 500 CZK (Speeding)".
        JsonPath expenses = exact(get(manager, "/vehicle-expenses?vehicleId=" + vehicleId).statusCode(200));
        assertThat(expenses.getInt("total")).isEqualTo(1);
        assertThat(expenses.getString("items[0].id")).isEqualTo(read.getString("vehicleExpenseId"));
        assertThat(expenses.getString("items[0].category")).isEqualTo("FINE");
        assertThat(expenses.getString("items[0].description")).isEqualTo("Fine: 500 CZK (Speeding)");
        assertThat(expenses.getString("items[0].vatMode")).isEqualTo("EXEMPT");
        assertThat(decimal(expenses, "items[0].gross")).isEqualTo(new BigDecimal("500.00"));
        assertThat(decimal(expenses, "items[0].vat")).isEqualTo(new BigDecimal("0.00"));
        assertThat(expenses.getString("items[0].incurredOn")).isEqualTo("2025-10-15");
        assertThat(expenses.getString("items[0].invoiceReference")).isEqualTo("PCR-2025-4471");
        JsonPath costs = exact(get(manager, "/vehicles/{id}/costs?year=2025", vehicleId).statusCode(200));
        assertThat(costs.getList("totals.currency")).containsExactly("CZK");
        assertThat(decimal(costs, "totals[0].gross")).isEqualTo(new BigDecimal("500.00"));
        assertThat(costs.getList("totals[0].byCategory.category")).containsExactly("FINE");

        // Driver DRV-0001 "Fine: -500 CZK (Speeding, Order ORD-2025-0098)", deducted in the current pay period.
        JsonPath statement = exact(get(hr, "/drivers/{id}/transactions", janId).statusCode(200));
        assertThat(statement.getString("employeeNumber")).isEqualTo("DRV-0001");
        assertThat(statement.getString("payPeriod")).isEqualTo(payPeriod);
        assertThat(statement.getList("transactions")).hasSize(1);
        assertThat(statement.getString("transactions[0].kind")).isEqualTo("FINE_DEDUCTION");
        assertThat(decimal(statement, "transactions[0].amount")).isEqualTo(new BigDecimal("-500.00"));
        assertThat(statement.getString("transactions[0].currency")).isEqualTo("CZK");
        assertThat(statement.getString("transactions[0].description")).isEqualTo("Fine: -500 CZK (Speeding, Order ORD-2025-0098)");
        assertThat(statement.getString("transactions[0].orderReference")).isEqualTo("ORD-2025-0098");
        assertThat(statement.getString("transactions[0].sourceType")).isEqualTo("FINE");
        assertThat(statement.getString("transactions[0].sourceId")).isEqualTo(fineId);
        assertThat(decimal(statement, "totals[0].total")).isEqualTo(new BigDecimal("-500.00"));
        String csv = given().header("Authorization", hr).get("/driver-transactions/export?payPeriod=" + payPeriod).then()
                .statusCode(200).extract().asString();
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv.split("\r\n")[1]).startsWith("DRV-0001,Jan Novák," + payPeriod + ",")
                .endsWith(",FINE_DEDUCTION,\"Fine: -500 CZK (Speeding, Order ORD-2025-0098)\",ORD-2025-0098,-500.00,CZK");

        // Order ORD-2025-0098 "Fine expense: 500 CZK" (its profitability falls by 500 CZK).
        JsonPath order = exact(get(SuiteStack.bearer(tenant, "dispatcher"), "/order-costs?orderReference=ORD-2025-0098")
                .statusCode(200));
        assertThat(order.getList("costs")).hasSize(1);
        assertThat(order.getString("costs[0].kind")).isEqualTo("FINE");
        assertThat(order.getString("costs[0].description")).isEqualTo("Fine expense: 500 CZK");
        assertThat(decimal(order, "costs[0].amount")).isEqualTo(new BigDecimal("500.00"));
        assertThat(order.getString("costs[0].driverId")).isEqualTo(janId);
        assertThat(order.getString("costs[0].vehicleId")).isEqualTo(vehicleId);
        assertThat(decimal(order, "totals[0].costs")).isEqualTo(new BigDecimal("500.00"));
        assertThat(decimal(order, "totals[0].profitImpact")).isEqualTo(new BigDecimal("-500.00"));

        // The same letter again is refused, naming it, and books nothing.
        record(hr, letter(vehicleId, AT, " pcr-2025-4471 ")).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://opsuite.dev/problems/fine-already-recorded"))
                .body("errors[0].field", equalTo("reference"));
        get(manager, "/vehicle-expenses?vehicleId=" + vehicleId).body("total", equalTo(1));
        get(hr, "/drivers/{id}/transactions", janId).body("transactions.size()", equalTo(1));

        // The events: recorded, then attributed, keyed by the fine.
        var events = KafkaProbe.read(Topics.FINE, r -> r.key().equals(fineId), 2, Duration.ofSeconds(20));
        assertThat(events).extracting(r -> KafkaProbe.header(r, EventHeaders.TYPE))
                .containsExactly("fine-recorded", "fine-attributed");
        JsonPath recorded = exact(events.get(0).value());
        assertThat(recorded.getString("registrationNumber")).isEqualTo("VEH-0045");
        assertThat(recorded.getString("status")).isEqualTo("ATTRIBUTED");
        assertThat(decimal(recorded, "amount")).isEqualTo(new BigDecimal("500.00"));
        JsonPath attributed = exact(events.get(1).value());
        assertThat(attributed.getString("driverNumber")).isEqualTo("DRV-0001");
        assertThat(attributed.getString("orderReference")).isEqualTo("ORD-2025-0098");
        assertThat(attributed.getString("tripTicketId")).isEqualTo(ticketId);
        assertThat(attributed.getString("attribution")).isEqualTo("DRIVING_RECORD");
        assertThat(KafkaProbe.header(events.get(1), EventHeaders.TENANT)).isEqualTo(tenant);
        var ledger = KafkaProbe.read(Topics.DRIVER_TRANSACTION, r -> r.key().equals(janId), 1, Duration.ofSeconds(20));
        assertThat(ledger).hasSize(1);
        assertThat(KafkaProbe.read(Topics.VEHICLE_EXPENSE,
                r -> r.key().equals(read.getString("vehicleExpenseId")), 1, Duration.ofSeconds(20))).hasSize(1);
    }

    @Test
    void a_fine_nobody_is_recorded_for_waits_for_a_manager_and_is_then_booked_the_same_way() {
        JsonPath pending = exact(record(manager, letter(vehicleId, AT, "PCR-2025-5000")).statusCode(201));
        String fineId = pending.getString("id");
        assertThat(pending.getString("status")).isEqualTo("PENDING_ATTRIBUTION");
        assertThat(pending.getString("driverId")).isNull();
        assertThat(pending.getString("driverTransactionId")).isNull();
        // The vehicle's expense is booked anyway: the fine is the vehicle's cost whoever drove.
        get(manager, "/vehicle-expenses?vehicleId=" + vehicleId).body("total", equalTo(1))
                .body("items[0].description", equalTo("Fine: 500 CZK (Speeding)"));
        get(hr, "/drivers/{id}/transactions", janId).body("transactions", empty());
        get(manager, "/fines?status=PENDING_ATTRIBUTION").body("items.id", equalTo(List.of(fineId)));

        attribute(hr, fineId, Map.of("driverId", UUID.randomUUID().toString())).statusCode(422)
                .body("errors[0].field", equalTo("driverId"));
        attribute(hr, fineId, Map.of("driverId", janId, "orderReference", "not an order")).statusCode(400)
                .body("errors[0].field", equalTo("orderReference"));
        attribute(hr, fineId, Map.of()).statusCode(400).body("errors[0].field", equalTo("driverId"));
        given().header("Authorization", hr).header("If-Match", "\"5\"").contentType(ContentType.JSON)
                .body(Map.of("driverId", janId)).post("/fines/{id}/attribution", fineId).then().statusCode(412);

        JsonPath attributed = exact(attribute(manager, fineId, Map.of("driverId", janId, "orderReference", "ORD-2025-0099"))
                .statusCode(200).header("ETag", equalTo("\"1\"")));
        assertThat(attributed.getString("status")).isEqualTo("ATTRIBUTED");
        assertThat(attributed.getString("attribution")).isEqualTo("MANUAL");
        assertThat(attributed.getString("driverId")).isEqualTo(janId);
        assertThat(attributed.getString("tripTicketId")).isNull();
        assertThat(attributed.getString("drivingSource")).isNull();

        JsonPath statement = exact(get(hr, "/drivers/{id}/transactions", janId).statusCode(200));
        assertThat(decimal(statement, "transactions[0].amount")).isEqualTo(new BigDecimal("-500.00"));
        assertThat(statement.getString("transactions[0].description")).isEqualTo("Fine: -500 CZK (Speeding, Order ORD-2025-0099)");
        JsonPath order = exact(get(manager, "/order-costs?orderReference=ORD-2025-0099").statusCode(200));
        assertThat(order.getString("costs[0].description")).isEqualTo("Fine expense: 500 CZK");

        attribute(hr, fineId, Map.of("driverId", janId)).statusCode(409)
                .body("type", equalTo("https://opsuite.dev/problems/fine-already-attributed"));
        get(hr, "/drivers/{id}/transactions", janId).body("transactions.size()", equalTo(1));

        var events = KafkaProbe.read(Topics.FINE, r -> r.key().equals(fineId), 2, Duration.ofSeconds(20));
        assertThat(events).extracting(r -> KafkaProbe.header(r, EventHeaders.TYPE))
                .containsExactly("fine-recorded", "fine-attributed");
        assertThat(exact(events.get(0).value()).getString("status")).isEqualTo("PENDING_ATTRIBUTION");
        assertThat(exact(events.get(1).value()).getString("attribution")).isEqualTo("MANUAL");
    }

    @Test
    void without_an_order_only_the_driver_is_charged() {
        issue(manager, ticket(vehicleId, janId, "2025-10-15T07:00:00+02:00", "2025-10-15T20:00:00+02:00")).statusCode(201);

        JsonPath fine = exact(record(manager, letter(vehicleId, AT, "PCR-2025-6000")).statusCode(201));

        assertThat(fine.getString("status")).isEqualTo("ATTRIBUTED");
        assertThat(fine.getString("orderReference")).isNull();
        assertThat(fine.getString("orderCostId")).isNull();
        assertThat(exact(get(hr, "/drivers/{id}/transactions", janId)).getString("transactions[0].description"))
                .isEqualTo("Fine: -500 CZK (Speeding)");
    }

    @Test
    void two_managers_attributing_one_fine_at_once_book_it_once() throws Exception {
        String fineId = record(manager, letter(vehicleId, AT, "PCR-2025-7000")).statusCode(201).extract().path("id");
        String petrId = driver(tenant, "Petr Svoboda");

        List<Callable<Integer>> calls = List.of(
                () -> attribute(manager, fineId, Map.of("driverId", janId)).extract().statusCode(),
                () -> attribute(hr, fineId, Map.of("driverId", petrId)).extract().statusCode());
        assertThat(Race.all(calls)).containsExactlyInAnyOrder(200, 409);

        int booked = exact(get(hr, "/drivers/{id}/transactions", janId)).getList("transactions").size()
                + exact(get(hr, "/drivers/{id}/transactions", petrId)).getList("transactions").size();
        assertThat(booked).isEqualTo(1);
    }

    @Test
    void a_letter_is_checked_field_by_field() {
        Map<String, Object> body = letter(vehicleId, AT, "PCR-2025-8000");
        body.remove("location");
        body.put("currency", "czk");
        record(manager, body).statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("currency", "location")));

        Map<String, Object> unknownVehicle = letter(UUID.randomUUID().toString(), AT, "PCR-2025-8001");
        record(manager, unknownVehicle).statusCode(422).body("errors[0].field", equalTo("vehicleId"));
        Map<String, Object> zero = letter(vehicleId, AT, "PCR-2025-8002");
        zero.put("amount", 0);
        record(manager, zero).statusCode(422).body("errors[0].field", equalTo("amount"));
        Map<String, Object> halers = letter(vehicleId, AT, "PCR-2025-8003");
        halers.put("amount", new BigDecimal("500.005"));
        record(manager, halers).statusCode(422).body("errors[0].field", equalTo("amount"));
        Map<String, Object> unknownCurrency = letter(vehicleId, AT, "PCR-2025-8004");
        unknownCurrency.put("currency", "XYZ");
        record(manager, unknownCurrency).statusCode(422).body("errors[0].field", equalTo("currency"));
        Map<String, Object> future = letter(vehicleId, java.time.OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).toString(),
                "PCR-2025-8005");
        record(manager, future).statusCode(422).body("errors[0].field", equalTo("committedAt"));
        Map<String, Object> receivedTomorrow = letter(vehicleId, AT, "PCR-2025-8006");
        receivedTomorrow.put("receivedOn", LocalDate.now(ZoneOffset.UTC).plusDays(2).toString());
        record(manager, receivedTomorrow).statusCode(422).body("errors[0].field", equalTo("receivedOn"));
        Map<String, Object> badTime = letter(vehicleId, "15.10.2025 14:30", "PCR-2025-8007");
        record(manager, badTime).statusCode(400).body("errors[0].field", equalTo("committedAt"));

        // Nothing of the refused letters was written.
        get(manager, "/fines").body("total", equalTo(0));
        get(manager, "/vehicle-expenses?vehicleId=" + vehicleId).body("total", equalTo(0));

        get(manager, "/fines?status=PAID").statusCode(400).body("errors[0].field", equalTo("status"));
        get(manager, "/fines?driverId=DRV-0001").statusCode(400).body("errors[0].field", equalTo("driverId"));
        get(manager, "/fines?orderBy=offense").statusCode(400).body("errors[0].field", equalTo("orderBy"));
    }

    @Test
    void another_business_fine_is_a_404() {
        String fineId = record(manager, letter(vehicleId, AT, "PCR-2025-9000")).statusCode(201).extract().path("id");
        String stranger = SuiteStack.bearer(freshTenant("stranger"), "fleet-manager");

        get(stranger, "/fines/{id}", fineId).statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://opsuite.dev/problems/fine-not-found"));
        attribute(stranger, fineId, Map.of("driverId", janId)).statusCode(404);
        get(stranger, "/fines").body("total", equalTo(0));
        record(stranger, letter(vehicleId, AT, "PCR-2025-9001")).statusCode(422).body("errors[0].field", equalTo("vehicleId"));
        // The same reference in another business is another letter.
        String strangerVehicle = VehicleRequests.register(stranger, VehicleRequests.truck(VehicleRequests.plate(), 1))
                .statusCode(201).extract().path("id");
        record(stranger, letter(strangerVehicle, AT, "PCR-2025-9000")).statusCode(201).body("status", equalTo("PENDING_ATTRIBUTION"))
                .body("driverId", nullValue());
        get(manager, "/fines/{id}", fineId).statusCode(200).body("status", equalTo("PENDING_ATTRIBUTION"));
    }
}
