package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.Accidents.act;
import static dev.opsuite.fleet.interfaces.Accidents.completion;
import static dev.opsuite.fleet.interfaces.Accidents.upload;
import static dev.opsuite.fleet.interfaces.ServiceRequests.as;
import static dev.opsuite.fleet.interfaces.ServiceRequests.decimal;
import static dev.opsuite.fleet.interfaces.ServiceRequests.exact;
import static dev.opsuite.fleet.interfaces.ServiceRequests.freshTenant;
import static dev.opsuite.fleet.interfaces.ServiceRequests.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seed 004, scenario "Accident", as a client sees it: VEH-0045 on order ORD-2025-0087, damage estimate
 * 50,000 CZK, claim INS-2025-123 pending, repair invoice 48,000 CZK of which insurance pays 40,000 and the
 * company 8,000, the driver 5,000 from salary. Every number of the seed is asserted.
 */
@QuarkusTest
class AccidentScenarioTest {

    static final String ORDER = "ORD-2025-0087";

    @Test
    void the_accident_of_VEH_0045_on_order_ORD_2025_0087_costs_the_order_8000_and_the_driver_5000() {
        String tenant = freshTenant("accident");
        String manager = as(tenant, "fleet-manager");
        String dispatcher = as(tenant, "dispatcher");
        String vehicleId = VehicleRequests.register(manager, VehicleRequests.truck("VEH-0045", 412_000)).statusCode(201)
                .extract().path("id");
        var driver = UnitRequests.registerDriver(manager, Map.of("name", "Jan Novák", "phone", "+420 601 234 567"))
                .statusCode(201).body("employeeNumber", equalTo("DRV-0001"));
        String driverId = driver.extract().path("id");
        JsonPath before = exact(get(manager, "/vehicles/{id}/costs", vehicleId).statusCode(200));
        assertThat(before.getList("totals")).isEmpty();

        // 1-2. The driver calls; the dispatcher reports the accident, with photos; the police report number comes later.
        JsonPath reported = exact(Accidents.post(dispatcher, Accidents.report(vehicleId, driverId, ORDER)).statusCode(201));
        String accidentId = reported.getString("id");
        assertThat(reported.getString("number")).matches("ACC-\\d{4}-000001");
        assertThat(reported.getString("status")).isEqualTo("REPORTED");
        assertThat(decimal(reported, "damageEstimate.amount")).isEqualTo(new BigDecimal("50000.00"));
        assertThat(reported.getString("damageDescription")).isEqualTo("Cargo damaged, truck body dented");
        upload(dispatcher, accidentId, "front.jpg", Accidents.JPEG, "image/jpeg").statusCode(201)
                .body("contentType", equalTo("image/jpeg"));
        given().header("Authorization", dispatcher).contentType(ContentType.JSON)
                .body(Map.of("policeReportNumber", "KRPB-12345/2025")).patch("/accidents/{id}", accidentId).then()
                .statusCode(200).body("policeReportNumber", equalTo("KRPB-12345/2025"));

        // 3. The vehicle is in repair.
        get(manager, "/vehicles/{id}", vehicleId).statusCode(200).body("status", equalTo("IN_REPAIR"));

        // 4. The insurance claim is filed: pending.
        act(manager, accidentId, "insurance-claim", Map.of("claimNumber", "INS-2025-123", "insurer", "Kooperativa"))
                .statusCode(201).body("insuranceClaim.claimNumber", equalTo("INS-2025-123"))
                .body("insuranceClaim.status", equalTo("PENDING"));

        // 5. The repair is completed: 48,000 net, insurance 40,000, company 8,000, driver 5,000.
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonPath settled = exact(act(manager, accidentId, "repair-completion", completion("48000", "40000", "5000", today))
                .statusCode(200));
        assertThat(settled.getString("status")).isEqualTo("SETTLED");
        assertThat(settled.getString("settlement.splitBasis")).isEqualTo("NET");
        assertThat(decimal(settled, "settlement.repairCost")).isEqualTo(new BigDecimal("48000.00"));
        assertThat(decimal(settled, "settlement.insurerShare")).isEqualTo(new BigDecimal("40000.00"));
        assertThat(decimal(settled, "settlement.companyShare")).isEqualTo(new BigDecimal("8000.00"));
        assertThat(decimal(settled, "settlement.driverDeductible")).isEqualTo(new BigDecimal("5000.00"));
        get(manager, "/vehicles/{id}", vehicleId).statusCode(200).body("status", equalTo("ACTIVE"));

        // 6. Impact: the order -8,000 CZK ...
        JsonPath order = exact(get(as(tenant, "viewer"), "/order-costs?orderReference=" + ORDER).statusCode(200));
        assertThat(order.getList("costs")).hasSize(1);
        assertThat(order.getString("costs[0].kind")).isEqualTo("ACCIDENT");
        assertThat(decimal(order, "costs[0].amount")).isEqualTo(new BigDecimal("8000.00"));
        assertThat(order.getString("totals[0].currency")).isEqualTo("CZK");
        assertThat(decimal(order, "totals[0].profitImpact")).isEqualTo(new BigDecimal("-8000.00"));

        // ... the driver's salary -5,000 CZK in this pay period ...
        String period = YearMonth.now(ZoneId.of("Europe/Prague")).toString();
        JsonPath ledger = exact(get(as(tenant, "hr-admin"), "/drivers/{id}/transactions?payPeriod=" + period, driverId)
                .statusCode(200));
        assertThat(ledger.getString("employeeNumber")).isEqualTo("DRV-0001");
        assertThat(ledger.getList("transactions")).hasSize(1);
        assertThat(ledger.getString("transactions[0].kind")).isEqualTo("ACCIDENT_DEDUCTIBLE");
        assertThat(decimal(ledger, "transactions[0].amount")).isEqualTo(new BigDecimal("-5000.00"));
        assertThat(ledger.getString("transactions[0].orderReference")).isEqualTo(ORDER);
        assertThat(decimal(ledger, "totals[0].total")).isEqualTo(new BigDecimal("-5000.00"));
        String bookedOn = ledger.getString("transactions[0].bookedOn");
        String number = reported.getString("number");
        String csv = given().header("Authorization", as(tenant, "hr-admin"))
                .get("/driver-transactions/export?payPeriod=" + period).then().statusCode(200)
                .contentType("text/csv").extract().asString();
        assertThat(csv).isEqualTo("driverNumber,driverName,payPeriod,bookedOn,kind,description,orderReference,amount,currency\r\n"
                + "DRV-0001,Jan Novák," + period + "," + bookedOn + ",ACCIDENT_DEDUCTIBLE,\"Accident deductible: -5000.00 CZK ("
                + number + ", Order " + ORDER + ")\"," + ORDER + ",-5000.00,CZK\r\n");
        JsonPath list = exact(get(manager, "/driver-transactions?payPeriod=" + period + "&kind=ACCIDENT_DEDUCTIBLE").statusCode(200));
        assertThat(list.getInt("total")).isEqualTo(1);

        // ... and the vehicle's costs this year +48,000 CZK (net; the 21 % VAT is reclaimed).
        JsonPath after = exact(get(manager, "/vehicles/{id}/costs", vehicleId).statusCode(200));
        assertThat(after.getString("totals[0].currency")).isEqualTo("CZK");
        assertThat(decimal(after, "totals[0].net")).isEqualTo(new BigDecimal("48000.00"));
        assertThat(decimal(after, "totals[0].gross")).isEqualTo(new BigDecimal("58080.00"));
        assertThat(after.getString("totals[0].byCategory[0].category")).isEqualTo("REPAIR");

        // The insurer approves and pays its 40,000.
        act(manager, accidentId, "insurance-claim/approve", Map.of("approvedAmount", 40000, "currency", "CZK"))
                .statusCode(200).body("insuranceClaim.status", equalTo("APPROVED"));
        JsonPath paid = exact(act(manager, accidentId, "insurance-claim/pay", Map.of()).statusCode(200));
        assertThat(paid.getString("insuranceClaim.status")).isEqualTo("PAID");
        assertThat(decimal(paid, "insuranceClaim.approvedAmount")).isEqualTo(new BigDecimal("40000.00"));

        // Events, read back from Kafka as another service would.
        var accidentEvents = KafkaProbe.read(Topics.ACCIDENT, r -> r.key().equals(accidentId), 5, Duration.ofSeconds(30));
        assertThat(accidentEvents).extracting(r -> KafkaProbe.header(r, EventHeaders.TYPE)).containsExactly("accident-reported",
                "insurance-claim-changed", "accident-costs-settled", "insurance-claim-changed", "insurance-claim-changed");
        JsonPath split = exact(accidentEvents.get(2).value());
        assertThat(decimal(split, "companyShare")).isEqualTo(new BigDecimal("8000.00"));
        assertThat(decimal(split, "driverDeductible")).isEqualTo(new BigDecimal("5000.00"));
        assertThat(decimal(split, "repairInvoice.gross")).isEqualTo(new BigDecimal("58080.00"));
        assertThat(split.getString("orderCostId")).isEqualTo(order.getString("costs[0].id"));
        assertThat(exact(accidentEvents.get(4).value()).getString("status")).isEqualTo("PAID");
        assertThat(KafkaProbe.header(accidentEvents.get(0), EventHeaders.TENANT)).isEqualTo(tenant);

        var orderEvents = KafkaProbe.read(Topics.ORDER_COST, r -> r.key().equals(ORDER)
                && tenant.equals(KafkaProbe.header(r, EventHeaders.TENANT)), 1, Duration.ofSeconds(20));
        assertThat(orderEvents).hasSize(1);
        assertThat(decimal(exact(orderEvents.get(0).value()), "amount")).isEqualTo(new BigDecimal("8000.00"));
        var ledgerEvents = KafkaProbe.read(Topics.DRIVER_TRANSACTION, r -> r.key().equals(driverId), 1, Duration.ofSeconds(20));
        assertThat(ledgerEvents).hasSize(1);
        JsonPath deduction = exact(ledgerEvents.get(0).value());
        assertThat(decimal(deduction, "amount")).isEqualTo(new BigDecimal("-5000.00"));
        assertThat(deduction.getString("employeeNumber")).isEqualTo("DRV-0001");
        assertThat(deduction.getString("payPeriod")).isEqualTo(period);
        var statuses = KafkaProbe.read(Topics.FLEET_VEHICLE, r -> r.key().equals(vehicleId), 2, Duration.ofSeconds(20));
        assertThat(statuses).extracting(r -> exact(r.value()).getString("previousStatus") + ">" + exact(r.value()).getString("status"))
                .containsExactly("ACTIVE>IN_REPAIR", "IN_REPAIR>ACTIVE");
    }
}
