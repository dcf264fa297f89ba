package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.ServiceRequests.as;
import static dev.opsuite.fleet.interfaces.ServiceRequests.cost;
import static dev.opsuite.fleet.interfaces.ServiceRequests.decimal;
import static dev.opsuite.fleet.interfaces.ServiceRequests.exact;
import static dev.opsuite.fleet.interfaces.ServiceRequests.expense;
import static dev.opsuite.fleet.interfaces.ServiceRequests.freshTenant;
import static dev.opsuite.fleet.interfaces.ServiceRequests.get;
import static dev.opsuite.fleet.interfaces.ServiceRequests.recordExpense;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue "Nothing lost, nothing let in": a number no column of the fleet takes is a 400 naming the field, answered at
 * once, and nothing is stored. Each bound is probed just above it; the bounds are in README.md, "Bounds".
 */
@QuarkusTest
class FleetBoundsTest {

    static final String PROBLEM = "https://opsuite.dev/problems/";
    /** One more than the largest amount (999,999,999,999.99). */
    static final BigDecimal ABOVE_MAX_AMOUNT = new BigDecimal("1000000000000");

    String tenant;
    String manager;
    String vehicleId;

    @BeforeEach
    void vehicle() {
        tenant = freshTenant("bounds");
        manager = as(tenant, "fleet-manager");
        vehicleId = ServiceRequests.vehicle(tenant, 50_000);
    }

    @Test
    void an_expense_of_1e99999999_or_1e100000_is_refused_at_once_naming_net_and_nothing_is_stored() {
        for (String net : List.of("1e99999999", "1e100000", "1E+100000")) {
            long started = System.nanoTime();
            postRaw("/vehicle-expenses", expenseJson(net)).statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("net"));
            assertThat((System.nanoTime() - started) / 1_000_000).as("ms to answer net %s", net).isLessThan(1_000);
        }
        get(manager, "/vehicle-expenses?vehicleId=" + vehicleId).statusCode(200).body("total", equalTo(0));
        get(manager, "/vehicles/{id}/costs", vehicleId).statusCode(200).body("totals.size()", equalTo(0));
    }

    @Test
    void a_fine_of_1e100000_is_refused_naming_amount_and_books_nothing() {
        Map<String, Object> letter = FineScenarioTest.letter(vehicleId, "2025-10-15T14:30:00+02:00", "PCR-HUGE-1");
        String json = json(letter).replace("\"amount\":500", "\"amount\":1e100000");
        assertThat(json).contains("1e100000");
        long started = System.nanoTime();
        postRaw("/fines", json).statusCode(400).body("errors.field", hasItem("amount"));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1_000);

        letter.put("amount", ABOVE_MAX_AMOUNT);
        FineScenarioTest.record(manager, letter).statusCode(400).body("errors.field", hasItem("amount"));
        get(manager, "/fines?vehicleId=" + vehicleId).statusCode(200).body("total", equalTo(0));
        get(manager, "/vehicle-expenses?vehicleId=" + vehicleId).statusCode(200).body("total", equalTo(0));
    }

    @Test
    void expense_amounts_and_rates_just_above_their_bounds_are_400_naming_them() {
        recordExpense(manager, expense(vehicleId, "FUEL", "CZK", "EXEMPT", ABOVE_MAX_AMOUNT, null)).statusCode(400)
                .body("errors.field", hasItem("net"));
        Map<String, Object> gross = expense(vehicleId, "FUEL", "CZK", "EXEMPT", null, null);
        gross.remove("net");
        gross.put("gross", ABOVE_MAX_AMOUNT);
        recordExpense(manager, gross).statusCode(400).body("errors.field", hasItem("gross"));
        // numeric(5, 2) below 100: 100 is too high, a third decimal too fine.
        recordExpense(manager, expense(vehicleId, "FUEL", "CZK", "STANDARD", 100, 100)).statusCode(400)
                .body("errors.field", hasItem("vatRate"));
        recordExpense(manager, expense(vehicleId, "FUEL", "CZK", "STANDARD", 100, new BigDecimal("21.005"))).statusCode(400)
                .body("errors.field", hasItem("vatRate"));
        // More decimals than any currency has (CLF: 4).
        recordExpense(manager, expense(vehicleId, "FUEL", "CZK", "EXEMPT", new BigDecimal("1.00001"), null)).statusCode(400)
                .body("errors.field", hasItem("net"));
        Map<String, Object> currency = expense(vehicleId, "FUEL", "CZKK", "EXEMPT", 100, null);
        recordExpense(manager, currency).statusCode(400).body("errors.field", hasItem("currency"));
        Map<String, Object> description = expense(vehicleId, "FUEL", "CZK", "EXEMPT", 100, null);
        description.put("description", "x".repeat(501));
        description.put("supplier", "x".repeat(201));
        description.put("invoiceReference", "x".repeat(101));
        recordExpense(manager, description).statusCode(400)
                .body("errors.field", hasItems("description", "supplier", "invoiceReference"));
        get(manager, "/vehicle-expenses?vehicleId=" + vehicleId).statusCode(200).body("total", equalTo(0));
    }

    @Test
    void the_largest_net_with_vat_on_top_would_overflow_the_gross_and_is_422_naming_net() {
        recordExpense(manager, expense(vehicleId, "FUEL", "CZK", "STANDARD", new BigDecimal("999999999999.99"), 21))
                .statusCode(422).body("type", equalTo(PROBLEM + "amount-too-large")).body("errors.field", hasItem("net"));
        JsonPath largest = exact(recordExpense(manager,
                expense(vehicleId, "FUEL", "CZK", "EXEMPT", new BigDecimal("999999999999.99"), null)).statusCode(201));
        assertThat(decimal(largest, "gross")).isEqualTo(new BigDecimal("999999999999.99"));
    }

    @Test
    void odometers_above_seven_digits_are_400_naming_the_field_everywhere_one_is_read() {
        VehicleRequests.register(manager, VehicleRequests.truck(VehicleRequests.plate(), 10_000_000)).statusCode(400)
                .body("errors.field", hasItem("odometerKm"));
        VehicleRequests.register(manager, VehicleRequests.truck(VehicleRequests.plate(), 9_999_999)).statusCode(201);
        VehicleRequests.reading(manager, vehicleId, null, 10_000_000, Instant.now().toString()).statusCode(400)
                .body("errors.field", hasItem("odometerKm"));
        // Beyond a long (and an int) Jackson cannot even read the number: still a 400 naming the field.
        postRaw("/vehicles/" + vehicleId + "/odometer-readings",
                "{\"odometerKm\": 9223372036854775808, \"readAt\": \"" + Instant.now() + "\"}").statusCode(400)
                .body("errors.field", hasItem("odometerKm"));
        postRaw("/service-rules", "{\"vehicleId\": \"" + vehicleId + "\", \"name\": \"Oil\", \"intervalMonths\": 2147483648}")
                .statusCode(400).body("errors.field", hasItem("intervalMonths"));

        Map<String, Object> rule = ServiceRequests.rule(vehicleId, 1_000_001L, 121);
        rule.put("lastServiceKm", 10_000_000);
        ServiceRequests.defineRule(manager, rule).statusCode(400)
                .body("errors.field", hasItems("intervalKm", "intervalMonths", "lastServiceKm"));

        String requestId = ServiceRequests.inProgress(tenant, vehicleId);
        Map<String, Object> completion = ServiceRequests.completion("Oil change", cost("CZK", "EXEMPT", ABOVE_MAX_AMOUNT, null));
        completion.put("odometerKm", 10_000_000);
        ServiceRequests.act(as(tenant, "mechanic"), requestId, "complete", completion).statusCode(400)
                .body("errors.field", hasItems("odometerKm", "cost.net"));

        String driverId = TripRequests.driver(tenant, "Jan Novák");
        String truck = TripRequests.truck(tenant, VehicleRequests.plate(), 1_000);
        Instant from = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> ticket = TripRequests.ticket(truck, driverId, from, from.plus(2, ChronoUnit.HOURS));
        ticket.put("orderReference", "O" + "1".repeat(64));
        TripRequests.issue(manager, ticket).statusCode(400).body("errors.field", hasItem("orderReference"));
        ticket.remove("orderReference");
        String ticketId = TripRequests.issued(tenant, ticket);
        TripRequests.close(manager, ticketId, TripRequests.closing(10_000_000, from.plus(1, ChronoUnit.HOURS).toString()))
                .statusCode(400).body("errors.field", hasItem("odometerIn"));

        get(manager, "/vehicles/{id}", vehicleId).body("odometerKm", equalTo(50_000));
        get(manager, "/trip-tickets/{id}", ticketId).body("status", equalTo("ISSUED"));
        get(manager, "/service-rules?vehicleId=" + vehicleId).body("total", equalTo(0));
    }

    @Test
    void accident_amounts_above_the_maximum_are_400_naming_them() {
        String driverId = TripRequests.driver(tenant, "Jan Novák");
        Map<String, Object> report = Accidents.report(vehicleId, driverId, "ORD-2025-0087");
        report.put("damageEstimate", Map.of("amount", ABOVE_MAX_AMOUNT, "currency", "CZK"));
        Accidents.post(manager, report).statusCode(400).body("errors.field", hasItem("damageEstimate.amount"));

        String accidentId = Accidents.reported(manager, vehicleId, driverId, "ORD-2025-0087");
        Accidents.act(manager, accidentId, "insurance-claim", Map.of("claimNumber", "INS-" + tenant, "insurer", "Kooperativa"))
                .statusCode(201);
        Accidents.act(manager, accidentId, "insurance-claim/approve",
                Map.of("approvedAmount", ABOVE_MAX_AMOUNT, "currency", "CZK")).statusCode(400)
                .body("errors.field", hasItem("approvedAmount"));

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Map<String, Object> completion = Accidents.completion("48000", "40000", "5000", today);
        completion.put("insurerShare", ABOVE_MAX_AMOUNT);
        completion.put("driverDeductible", ABOVE_MAX_AMOUNT);
        @SuppressWarnings("unchecked")
        Map<String, Object> invoice = new HashMap<>((Map<String, Object>) completion.get("repairInvoice"));
        invoice.put("net", ABOVE_MAX_AMOUNT);
        completion.put("repairInvoice", invoice);
        Accidents.act(manager, accidentId, "repair-completion", completion).statusCode(400)
                .body("errors.field", hasItems("insurerShare", "driverDeductible", "repairInvoice.net"));

        get(manager, "/accidents/{id}", accidentId).body("status", equalTo("REPORTED"))
                .body("insuranceClaim.status", equalTo("PENDING"));
        get(manager, "/order-costs?orderReference=ORD-2025-0087").body("costs.size()", equalTo(0));
    }

    @Test
    void strings_beyond_their_length_are_400_naming_them() {
        Map<String, Object> vin = VehicleRequests.truck(VehicleRequests.plate(), 1_000);
        vin.put("vin", "WDB9634031L7" + "0".repeat(100));
        VehicleRequests.register(manager, vin).statusCode(400).body("errors.field", hasItem("vin"));
        UnitRequests.registerDriver(manager, Map.of("name", "Jan Novák", "phone", "+420 " + "6".repeat(40))).statusCode(400)
                .body("errors.field", hasItem("phone"));
        Map<String, Object> provider = ServiceRequests.providerBody("Garage", 51.0, 17.0, "4.0", "engine");
        provider.put("phone", "+48 " + "7".repeat(40));
        provider.put("latitude", new BigDecimal("90.000001"));
        given().header("Authorization", manager).contentType(ContentType.JSON).body(provider).post("/service-providers")
                .then().statusCode(400).body("errors.field", hasItems("phone", "latitude"));
        get(manager, "/fines?orderReference=" + "O".repeat(101)).statusCode(400).body("errors.field", hasItem("orderReference"));
    }

    @Test
    void numeric_query_parameters_just_above_their_bounds_are_400_naming_them() {
        Map<String, String> nearby = Map.of("lat", "lat=90.1&lon=17", "lon", "lat=51&lon=180.1",
                "radiusKm", "lat=51&lon=17&radiusKm=1000.1", "limit", "lat=51&lon=17&limit=101");
        nearby.forEach((parameter, query) -> get(manager, "/service-providers/nearby?" + query).statusCode(400)
                .body("errors.field", hasItem(parameter)));
        // A limit is a whole number of providers.
        get(manager, "/service-providers/nearby?lat=51&lon=17&limit=2.5").statusCode(400).body("errors.field", hasItem("limit"));
        get(manager, "/documents/expiring?withinDays=367").statusCode(400).body("errors.field", hasItem("withinDays"));
        get(manager, "/vehicles/{id}/costs?year=10000", vehicleId).statusCode(400).body("errors.field", hasItem("year"));
    }

    private Map<String, Object> expenseFields() {
        return expense(vehicleId, "FUEL", "CZK", "EXEMPT", 0, null);
    }

    private String expenseJson(String net) {
        String json = json(expenseFields());
        assertThat(json).contains("\"net\":0");
        return json.replace("\"net\":0", "\"net\":" + net);
    }

    private ValidatableResponse postRaw(String path, String json) {
        return given().header("Authorization", manager).contentType(ContentType.JSON).body(json).post(path).then();
    }

    private static String json(Map<String, Object> body) {
        try {
            return new ObjectMapper().writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
