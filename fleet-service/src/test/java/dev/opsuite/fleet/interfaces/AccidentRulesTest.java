package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.Accidents.act;
import static dev.opsuite.fleet.interfaces.Accidents.completion;
import static dev.opsuite.fleet.interfaces.Accidents.upload;
import static dev.opsuite.fleet.interfaces.ServiceRequests.as;
import static dev.opsuite.fleet.interfaces.ServiceRequests.freshTenant;
import static dev.opsuite.fleet.interfaces.ServiceRequests.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import dev.opsuite.testing.Race;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Validation, photo limits, the claim's states, racing repair completions and tenancy of accidents. */
@QuarkusTest
class AccidentRulesTest {

    String tenant;
    String manager;
    String vehicleId;
    String driverId;

    @BeforeEach
    void fleet() {
        tenant = freshTenant("acc-rules");
        manager = as(tenant, "fleet-manager");
        vehicleId = ServiceRequests.vehicle(tenant, 1000);
        driverId = UnitRequests.driver(manager);
    }

    static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    @Test
    void a_report_without_its_required_fields_is_400_naming_them() {
        Accidents.post(manager, Map.of()).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("vehicleId", "driverId", "occurredAt", "location", "damageDescription"));
    }

    @Test
    void a_vehicle_or_driver_of_another_business_is_422_naming_it() {
        String foreignVehicle = ServiceRequests.vehicle(freshTenant("acc-other"), 1);
        Accidents.post(manager, Accidents.report(foreignVehicle, driverId, "ORD-1")).statusCode(422)
                .body("errors.field", hasItem("vehicleId"));
        Accidents.post(manager, Accidents.report(vehicleId, UnitRequests.driver(as(freshTenant("acc-other"), "fleet-manager")),
                "ORD-1")).statusCode(422).body("errors.field", hasItem("driverId"));
    }

    @Test
    void a_text_file_named_jpg_is_415_and_a_png_is_kept_with_its_hash() throws Exception {
        String id = Accidents.reported(manager, vehicleId, driverId, "ORD-1");
        upload(manager, id, "photo.jpg", "not a photo at all".getBytes(StandardCharsets.UTF_8), "image/jpeg").statusCode(415)
                .contentType("application/problem+json").body("errors.field", hasItem("file"));
        String photoId = upload(manager, id, "scratch.png", Accidents.PNG, "application/octet-stream").statusCode(201)
                .body("contentType", equalTo("image/png")).body("size", equalTo(Accidents.PNG.length))
                .body("sha256", equalTo(sha256(Accidents.PNG))).extract().path("id");
        get(manager, "/accidents/{id}/photos", id).statusCode(200).body("size()", equalTo(1));
        byte[] bytes = given().header("Authorization", as(tenant, "viewer")).get("/accidents/{id}/photos/{p}", id, photoId)
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertThat(bytes).isEqualTo(Accidents.PNG);
    }

    @Test
    void a_photo_above_10_MB_is_413_and_the_21st_photo_is_422() {
        String id = Accidents.reported(manager, vehicleId, driverId, "ORD-1");
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(Accidents.JPEG, 0, big, 0, Accidents.JPEG.length);
        upload(manager, id, "big.jpg", big, "image/jpeg").statusCode(413).contentType("application/problem+json")
                .body("errors.field", hasItem("file"));
        for (int i = 0; i < 20; i++) {
            upload(manager, id, "p" + i + ".jpg", Accidents.JPEG, "image/jpeg").statusCode(201);
        }
        upload(manager, id, "p21.jpg", Accidents.JPEG, "image/jpeg").statusCode(422).body("errors.field", hasItem("file"));
    }

    @Test
    void a_claim_number_is_unique_in_the_business() {
        String id = Accidents.reported(manager, vehicleId, driverId, "ORD-1");
        act(manager, id, "insurance-claim", Map.of("claimNumber", "INS-2025-123", "insurer", "Kooperativa")).statusCode(201);
        String other = Accidents.reported(manager, vehicleId, driverId, "ORD-2");
        act(manager, other, "insurance-claim", Map.of("claimNumber", "INS-2025-123", "insurer", "Allianz")).statusCode(409)
                .body("errors.field", hasItem("claimNumber"));
    }

    @Test
    void the_police_report_is_added_later_but_fixed_fields_cannot_be_patched() {
        String id = Accidents.reported(manager, vehicleId, driverId, "ORD-1");
        given().header("Authorization", manager).contentType(ContentType.JSON).body(Map.of("vehicleId", vehicleId))
                .patch("/accidents/{id}", id).then().statusCode(400).body("errors.field", hasItem("vehicleId"));
        given().header("Authorization", manager).header("If-Match", "\"7\"").contentType(ContentType.JSON)
                .body(Map.of("policeReportNumber", "P-1")).patch("/accidents/{id}", id).then().statusCode(412);
    }

    @Test
    void two_repair_completions_racing_settle_the_accident_once() throws Exception {
        String id = Accidents.reported(manager, vehicleId, driverId, "ORD-RACE-" + tenant);
        Callable<Integer> complete = () -> act(manager, id, "repair-completion", completion("48000", "40000", "5000", today()))
                .extract().statusCode();
        List<Integer> statuses = Race.all(List.of(complete, complete));
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        get(manager, "/order-costs?orderReference=ORD-RACE-" + tenant).statusCode(200).body("costs.size()", equalTo(1));
        get(manager, "/vehicle-expenses?vehicleId=" + vehicleId).statusCode(200).body("total", equalTo(1));
        get(manager, "/driver-transactions?driverId=" + driverId).statusCode(200).body("total", equalTo(1));
    }

    @Test
    void another_business_accident_and_photo_are_404() {
        String id = Accidents.reported(manager, vehicleId, driverId, "ORD-1");
        String photoId = upload(manager, id, "a.jpg", Accidents.JPEG, "image/jpeg").statusCode(201).extract().path("id");
        String stranger = as(freshTenant("acc-stranger"), "fleet-manager");
        get(stranger, "/accidents/{id}", id).statusCode(404);
        get(stranger, "/accidents/{id}/photos", id).statusCode(404);
        get(stranger, "/accidents/{id}/photos/{p}", id, photoId).statusCode(404);
        upload(stranger, id, "b.jpg", Accidents.JPEG, "image/jpeg").statusCode(404);
        act(stranger, id, "insurance-claim", Map.of("claimNumber", "X-1", "insurer", "Y")).statusCode(404);
        act(stranger, id, "repair-completion", completion("1", "0", "0", today())).statusCode(404);
        get(stranger, "/accidents?vehicleId=" + vehicleId).statusCode(200).body("total", equalTo(0));
    }

    static String sha256(byte[] content) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }
}
