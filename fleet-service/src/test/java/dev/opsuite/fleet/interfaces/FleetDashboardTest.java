package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.UnitRequests.addDocument;
import static dev.opsuite.fleet.interfaces.UnitRequests.today;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dashboard's transport-unit and document figures, in a tenant of the test's own so every count is exact. */
@QuarkusTest
class FleetDashboardTest {

    @Test
    void counts_ready_units_and_documents_needing_renewal() {
        String tenant = ServiceRequests.freshTenant("dashboard");
        String manager = ServiceRequests.as(tenant, "fleet-manager");
        TenantFleet fleet = TenantFleet.of(manager);
        fleet.readyUnit();
        fleet.readyUnit();
        fleet.unitWithoutDocuments();

        String truck = VehicleRequests.register(manager, VehicleRequests.truck(VehicleRequests.plate(), 1)).statusCode(201)
                .extract().path("id");
        // Inside the 30-day window (fleet.documents.expiry-warning-days), at its edge, beyond it, and expired.
        document(manager, truck, "REGISTRATION", 10);
        document(manager, truck, "INSURANCE", 30);
        document(manager, truck, "ANNUAL_INSPECTION", 31);
        document(manager, truck, "TACHOGRAPH_CALIBRATION", -5);

        given().header("Authorization", ServiceRequests.as(tenant, "dispatcher")).get("/fleet-dashboard").then()
                .statusCode(200)
                .body("transportUnits.active", equalTo(3))
                .body("transportUnits.ready", equalTo(2))
                .body("transportUnits.notReady", equalTo(1))
                .body("documents.warningDays", equalTo(30))
                .body("documents.expiringSoon", equalTo(2))
                .body("documents.expired", equalTo(1));

        // A renewal takes the expired document off the count, as it does off GET /documents/expiring.
        addDocument(manager, "vehicles", truck, Map.of("type", "TACHOGRAPH_CALIBRATION", "number", "TC-2",
                "validFrom", today().minusDays(4).toString(), "validUntil", today().plusYears(2).toString())).statusCode(201);
        given().header("Authorization", manager).get("/fleet-dashboard").then().statusCode(200)
                .body("documents.expiringSoon", equalTo(2))
                .body("documents.expired", equalTo(0));
        given().header("Authorization", manager).get("/documents/expiring?includeExpired=true").then().statusCode(200)
                .body("total", equalTo(2));
    }

    private static String document(String token, String vehicleId, String type, int daysLeft) {
        return addDocument(token, "vehicles", vehicleId, Map.of("type", type, "number", type + "-1",
                "validFrom", today().minusYears(1).toString(), "validUntil", today().plusDays(daysLeft).toString()))
                .statusCode(201).extract().path("id");
    }
}
