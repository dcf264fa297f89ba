package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.ServiceRequests.as;
import static dev.opsuite.fleet.interfaces.ServiceRequests.freshTenant;
import static dev.opsuite.fleet.interfaces.ServiceRequests.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ledger and order-cost reads before anything is booked, and their parameters (bookings: AccidentScenarioTest). */
@QuarkusTest
class LedgerReadsTest {

    String tenant;
    String manager;
    String driverId;

    @BeforeEach
    void driver() {
        tenant = freshTenant("ledger");
        manager = as(tenant, "fleet-manager");
        driverId = UnitRequests.driver(manager);
    }

    @Test
    void a_driver_with_no_entries_has_an_empty_period_and_no_totals() {
        get(manager, "/drivers/{id}/transactions?payPeriod=2025-10", driverId).statusCode(200)
                .body("driverId", equalTo(driverId)).body("payPeriod", equalTo("2025-10"))
                .body("transactions", empty()).body("totals", empty());
    }

    @Test
    void without_a_pay_period_the_statement_is_of_the_current_one_in_prague() {
        String current = java.time.YearMonth.now(java.time.ZoneId.of("Europe/Prague")).toString();
        get(manager, "/drivers/{id}/transactions", driverId).statusCode(200).body("payPeriod", equalTo(current));
    }

    @Test
    void a_malformed_pay_period_is_400_naming_it_everywhere() {
        for (String path : new String[] { "/drivers/" + driverId + "/transactions?payPeriod=2025-13",
                "/driver-transactions?payPeriod=October", "/driver-transactions/export?payPeriod=2025-1" }) {
            get(manager, path).statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("payPeriod"));
        }
        get(manager, "/driver-transactions/export").statusCode(400).body("errors.field", hasItem("payPeriod"));
    }

    @Test
    void malformed_filters_are_400_naming_them() {
        get(manager, "/driver-transactions?driverId=nope").statusCode(400).body("errors.field", hasItem("driverId"));
        get(manager, "/driver-transactions?kind=BONUS").statusCode(400).body("errors.field", hasItem("kind"));
        get(manager, "/driver-transactions?orderBy=name").statusCode(400).body("errors.field", hasItem("orderBy"));
        get(manager, "/order-costs").statusCode(400).body("errors.field", hasItem("orderReference"));
    }

    @Test
    void another_business_driver_is_404() {
        get(as(freshTenant("other"), "fleet-manager"), "/drivers/{id}/transactions", driverId).statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void an_order_nobody_charged_has_an_empty_sheet() {
        get(manager, "/order-costs?orderReference=ORD-2025-0001").statusCode(200)
                .body("orderReference", equalTo("ORD-2025-0001")).body("costs", empty()).body("totals", empty());
    }

    @Test
    void an_empty_period_exports_the_header_row_only() {
        var response = given().header("Authorization", manager).get("/driver-transactions/export?payPeriod=2025-10")
                .then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", equalTo("attachment; filename=\"driver-transactions-2025-10.csv\""));
        assertThat(response.extract().asString())
                .isEqualTo("driverNumber,driverName,payPeriod,bookedOn,kind,description,orderReference,amount,currency\r\n");
    }
}
