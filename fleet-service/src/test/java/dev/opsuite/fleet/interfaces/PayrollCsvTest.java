package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.Accidents.act;
import static dev.opsuite.fleet.interfaces.Accidents.completion;
import static dev.opsuite.fleet.interfaces.ServiceRequests.as;
import static dev.opsuite.fleet.interfaces.ServiceRequests.freshTenant;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The payroll CSV opened in a spreadsheet runs nothing: text cells starting with = + - @ (a driver's name, an order
 * reference, an entry's description) show as text behind a single quote, while the amounts stay numbers.
 */
@QuarkusTest
class PayrollCsvTest {

    static final ZoneId PAYROLL = ZoneId.of("Europe/Prague");

    @Test
    void formulas_in_text_cells_are_neutralised_and_amounts_stay_numbers() throws Exception {
        String tenant = freshTenant("csv");
        String manager = as(tenant, "fleet-manager");
        String vehicleId = VehicleRequests.register(manager, VehicleRequests.truck(VehicleRequests.plate(), 1_000))
                .statusCode(201).extract().path("id");
        String driverId = UnitRequests.registerDriver(manager, Map.of("name", "=HYPERLINK(\"http://evil.example\")"))
                .statusCode(201).extract().path("id");

        // Through the API: an accident on an order whose reference a spreadsheet would read as a function call.
        String accidentId = Accidents.reported(manager, vehicleId, driverId, "@SUM(A1:A9)");
        String number = given().header("Authorization", manager).get("/accidents/{id}", accidentId).then()
                .statusCode(200).extract().path("number");
        act(manager, accidentId, "repair-completion",
                completion("48000", "40000", "5000", LocalDate.now(ZoneOffset.UTC).toString())).statusCode(200);
        // An entry whose description starts with =, as another source of the ledger could book it.
        String period = YearMonth.now(PAYROLL).toString();
        String bookedOn = LocalDate.now(PAYROLL).toString();
        insertFineDeduction(tenant, driverId, "=1+2", bookedOn);

        String csv = given().header("Authorization", as(tenant, "hr-admin"))
                .get("/driver-transactions/export?payPeriod=" + period).then().statusCode(200).contentType("text/csv")
                .extract().asString();

        String name = "\"'=HYPERLINK(\"\"http://evil.example\"\")\"";
        assertThat(csv.split("\r\n")).containsExactlyInAnyOrder(
                "driverNumber,driverName,payPeriod,bookedOn,kind,description,orderReference,amount,currency",
                "DRV-0001," + name + "," + period + "," + bookedOn + ",ACCIDENT_DEDUCTIBLE,\"Accident deductible: -5000.00 CZK ("
                        + number + ", Order @SUM(A1:A9))\",'@SUM(A1:A9),-5000.00,CZK",
                "DRV-0001," + name + "," + period + "," + bookedOn + ",FINE_DEDUCTION,'=1+2,,-500.00,CZK");
    }

    private static void insertFineDeduction(String tenant, String driverId, String description, String bookedOn)
            throws Exception {
        try (Connection c = dev.opsuite.testing.SuiteStack.serviceDatabase();
             PreparedStatement insert = c.prepareStatement("INSERT INTO driver_transaction (id, tenant_id, driver_id, kind, "
                     + "amount, currency, pay_period, booked_on, description, source_type, source_id, created_by, "
                     + "created_at, version) VALUES (?, ?, ?, 'FINE_DEDUCTION', -500.00, 'CZK', ?, ?::date, ?, 'FINE', ?, "
                     + "'test', ?, 0)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, tenant);
            insert.setObject(3, UUID.fromString(driverId));
            insert.setString(4, bookedOn.substring(0, 7));
            insert.setString(5, bookedOn);
            insert.setString(6, description);
            insert.setObject(7, UUID.randomUUID());
            insert.setObject(8, java.sql.Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }
}
