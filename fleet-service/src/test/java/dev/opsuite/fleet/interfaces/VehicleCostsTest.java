package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.ServiceRequests.as;
import static dev.opsuite.fleet.interfaces.ServiceRequests.decimal;
import static dev.opsuite.fleet.interfaces.ServiceRequests.exact;
import static dev.opsuite.fleet.interfaces.ServiceRequests.expense;
import static dev.opsuite.fleet.interfaces.ServiceRequests.get;
import static dev.opsuite.fleet.interfaces.ServiceRequests.recordExpense;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.opsuite.events.Topics;
import dev.opsuite.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Vehicle expenses in their own currencies with their VAT; costs per vehicle and year, never adding CZK to EUR. */
@QuarkusTest
class VehicleCostsTest {

    String tenant;
    String manager;
    String vehicleId;
    LocalDate today;

    @BeforeEach
    void vehicle() {
        tenant = ServiceRequests.freshTenant("costs");
        manager = as(tenant, "fleet-manager");
        vehicleId = ServiceRequests.vehicle(tenant, "VEH-0045", 95_000);
        today = LocalDate.now(ZoneOffset.UTC);
    }

    @Test
    void a_fuel_receipt_given_gross_is_split_into_net_and_vat() {
        var fuel = expense(vehicleId, "FUEL", "CZK", "STANDARD", null, 21);
        fuel.remove("net");
        fuel.put("gross", 2420);
        fuel.put("supplier", "OMV Praha");
        fuel.put("invoiceReference", "UCT-7781");
        JsonPath e = exact(recordExpense(manager, fuel).statusCode(201).header("Location", org.hamcrest.Matchers.notNullValue()));

        assertThat(e.getString("category")).isEqualTo("FUEL");
        assertThat(decimal(e, "net")).isEqualTo(new BigDecimal("2000.00"));
        assertThat(decimal(e, "vatRate")).isEqualTo(new BigDecimal("21.00"));
        assertThat(decimal(e, "vat")).isEqualTo(new BigDecimal("420.00"));
        assertThat(decimal(e, "gross")).isEqualTo(new BigDecimal("2420.00"));
        assertThat(e.getString("supplier")).isEqualTo("OMV Praha");
        assertThat(e.getString("serviceRequestId")).isNull();
        assertThat(e.getString("recordedBy")).isEqualTo("test-fleet-manager");

        String id = e.getString("id");
        var events = KafkaProbe.read(Topics.VEHICLE_EXPENSE, r -> r.key().equals(id), 1, Duration.ofSeconds(20));
        assertThat(events).hasSize(1);
        JsonPath event = exact(events.get(0).value());
        assertThat(event.getString("registrationNumber")).isEqualTo("VEH-0045");
        assertThat(decimal(event, "amount.vat")).isEqualTo(new BigDecimal("420.00"));
        assertThat(event.getString("incurredOn")).isEqualTo(today.toString());
    }

    @Test
    void standard_vat_is_rounded_half_up_to_cents() {
        JsonPath e = exact(recordExpense(manager, expense(vehicleId, "TOLL", "EUR", "STANDARD", new BigDecimal("10.05"), 10)).statusCode(201));
        assertThat(decimal(e, "vat")).isEqualTo(new BigDecimal("1.01"));
        assertThat(decimal(e, "gross")).isEqualTo(new BigDecimal("11.06"));
    }

    @Test
    void the_cost_of_a_vehicle_this_year_is_per_currency_and_category_and_never_adds_czk_to_eur() {
        recordExpense(manager, expense(vehicleId, "FUEL", "CZK", "STANDARD", 2000, 21)).statusCode(201);
        recordExpense(manager, expense(vehicleId, "FINE", "CZK", "EXEMPT", 500, null)).statusCode(201);
        recordExpense(manager, expense(vehicleId, "TOLL", "EUR", "STANDARD", 100, 21)).statusCode(201);
        recordExpense(manager, expense(vehicleId, "EXTERNAL_SERVICE", "EUR", "REVERSE_CHARGE", 500, null)).statusCode(201);
        var lastYear = expense(vehicleId, "INSURANCE", "CZK", "EXEMPT", 48_000, null);
        lastYear.put("incurredOn", LocalDate.of(today.getYear() - 1, 12, 31).toString());
        recordExpense(manager, lastYear).statusCode(201);
        // Another vehicle's cost is not this one's.
        recordExpense(manager, expense(ServiceRequests.vehicle(tenant, 1), "FUEL", "CZK", "EXEMPT", 999, null)).statusCode(201);

        JsonPath ytd = exact(get(as(tenant, "viewer"), "/vehicles/{id}/costs", vehicleId).statusCode(200));
        assertThat(ytd.getString("registrationNumber")).isEqualTo("VEH-0045");
        assertThat(ytd.getInt("year")).isEqualTo(today.getYear());
        assertThat(ytd.getString("from")).isEqualTo(today.withDayOfYear(1).toString());
        assertThat(ytd.getString("to")).isEqualTo(today.toString());
        assertThat(ytd.getList("totals.currency")).containsExactly("CZK", "EUR");

        assertThat(decimal(ytd, "totals[0].net")).isEqualTo(new BigDecimal("2500.00"));
        assertThat(decimal(ytd, "totals[0].vat")).isEqualTo(new BigDecimal("420.00"));
        assertThat(decimal(ytd, "totals[0].gross")).isEqualTo(new BigDecimal("2920.00"));
        assertThat(ytd.getInt("totals[0].count")).isEqualTo(2);
        assertThat(ytd.getList("totals[0].byCategory.category")).containsExactly("FUEL", "FINE");
        assertThat(ytd.getList("totals[0].byCategory.gross", BigDecimal.class))
                .containsExactly(new BigDecimal("2420.00"), new BigDecimal("500.00"));

        assertThat(decimal(ytd, "totals[1].net")).isEqualTo(new BigDecimal("600.00"));
        assertThat(decimal(ytd, "totals[1].vat")).isEqualTo(new BigDecimal("21.00"));
        assertThat(decimal(ytd, "totals[1].gross")).isEqualTo(new BigDecimal("621.00"));
        assertThat(ytd.getList("totals[1].byCategory.category")).containsExactly("TOLL", "EXTERNAL_SERVICE");

        JsonPath previous = exact(get(manager, "/vehicles/{id}/costs?year=" + (today.getYear() - 1), vehicleId).statusCode(200));
        assertThat(previous.getString("to")).isEqualTo((today.getYear() - 1) + "-12-31");
        assertThat(previous.getList("totals.currency")).containsExactly("CZK");
        assertThat(decimal(previous, "totals[0].gross")).isEqualTo(new BigDecimal("48000.00"));
        assertThat(previous.getList("totals[0].byCategory.category")).containsExactly("INSURANCE");

        // The dashboard adds every vehicle of the year, still per currency.
        JsonPath dashboard = exact(get(manager, "/fleet-dashboard").statusCode(200));
        assertThat(dashboard.getList("expensesYearToDate.totals.currency")).containsExactly("CZK", "EUR");
        assertThat(decimal(dashboard, "expensesYearToDate.totals[0].gross")).isEqualTo(new BigDecimal("3919.00"));
        assertThat(decimal(dashboard, "expensesYearToDate.totals[1].gross")).isEqualTo(new BigDecimal("621.00"));
        assertThat(dashboard.getInt("vehicles.total")).isEqualTo(2);
    }

    @Test
    void expenses_are_listed_by_vehicle_category_currency_and_day() {
        recordExpense(manager, expense(vehicleId, "FUEL", "CZK", "EXEMPT", 1, null)).statusCode(201);
        recordExpense(manager, expense(vehicleId, "TOLL", "EUR", "EXEMPT", 2, null)).statusCode(201);
        var old = expense(vehicleId, "TOLL", "EUR", "EXEMPT", 3, null);
        old.put("incurredOn", "2025-10-15");
        recordExpense(manager, old).statusCode(201);

        given().header("Authorization", manager).queryParam("vehicleId", vehicleId).queryParam("category", "FUEL,TOLL")
                .get("/vehicle-expenses").then().statusCode(200).body("total", equalTo(3))
                .body("items.incurredOn[2]", equalTo("2025-10-15"));
        given().header("Authorization", manager).queryParams(Map.of("vehicleId", vehicleId, "currency", "eur",
                        "incurredFrom", "2025-10-15", "incurredTo", "2025-10-15"))
                .get("/vehicle-expenses").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].gross", equalTo(3.0f));
        given().header("Authorization", manager).queryParam("vehicleId", vehicleId).queryParam("orderBy", "gross")
                .queryParam("order", "asc").get("/vehicle-expenses").then().statusCode(200)
                .body("items.category", equalTo(List.of("FUEL", "TOLL", "TOLL")));
    }
}
