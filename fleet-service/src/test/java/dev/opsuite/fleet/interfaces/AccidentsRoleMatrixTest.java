package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.RoleMatrix.DISPATCHER;
import static dev.opsuite.fleet.interfaces.RoleMatrix.EVERYONE;
import static dev.opsuite.fleet.interfaces.RoleMatrix.FM;
import static dev.opsuite.fleet.interfaces.RoleMatrix.HR;
import static dev.opsuite.fleet.interfaces.RoleMatrix.VIEWER;
import static dev.opsuite.fleet.interfaces.Accidents.act;
import static dev.opsuite.fleet.interfaces.Accidents.completion;
import static dev.opsuite.fleet.interfaces.Accidents.upload;
import static dev.opsuite.fleet.interfaces.ServiceRequests.as;
import static io.restassured.RestAssured.given;

import dev.opsuite.fleet.interfaces.RoleMatrix.Endpoint;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every accident, ledger and order-cost endpoint × every role, a foreign role and no token (docs/accidents-and-ledger.md). */
@QuarkusTest
class AccidentsRoleMatrixTest {

    /** A business of its own: its accidents put vehicles IN_REPAIR, which other tests of "acme" do not expect. */
    static final String TENANT = ServiceRequests.freshTenant("acc-matrix");
    static final Set<String> REPORTERS = Set.of(FM, DISPATCHER);
    static final Set<String> MANAGER_ONLY = Set.of(FM);
    static final Set<String> PAYROLL = Set.of(FM, HR);
    static final Set<String> ORDER_READERS = Set.of(FM, DISPATCHER, HR, VIEWER);

    String vehicleId;
    String driverId;
    String accidentId;
    String photoId;

    @BeforeEach
    void fixtures() {
        String manager = as(TENANT, FM);
        vehicleId = ServiceRequests.vehicle(TENANT, 1);
        driverId = UnitRequests.driver(manager);
        accidentId = Accidents.reported(manager, vehicleId, driverId, "ORD-MATRIX");
        photoId = upload(manager, accidentId, "a.jpg", Accidents.JPEG, "image/jpeg").statusCode(201).extract().path("id");
    }

    private String fresh() {
        return Accidents.reported(as(TENANT, FM), ServiceRequests.vehicle(TENANT, 1), driverId, "ORD-MATRIX");
    }

    private String withClaim(String status) {
        String id = fresh();
        act(as(TENANT, FM), id, "insurance-claim", Map.of("claimNumber", "INS-" + UUID.randomUUID(), "insurer", "K")).statusCode(201);
        if (status.equals("APPROVED")) {
            act(as(TENANT, FM), id, "insurance-claim/approve", Map.of("approvedAmount", 1, "currency", "CZK")).statusCode(200);
        }
        return id;
    }

    List<Endpoint> endpoints() {
        String period = YearMonth.now().toString();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        return List.of(
                new Endpoint("POST /accidents", REPORTERS, 201,
                        t -> Accidents.post(t, Accidents.report(vehicleId, driverId, "ORD-MATRIX"))),
                new Endpoint("GET /accidents", EVERYONE, 200, t -> given().header("Authorization", t).get("/accidents").then()),
                new Endpoint("GET /accidents/{id}", EVERYONE, 200,
                        t -> given().header("Authorization", t).get("/accidents/{id}", accidentId).then()),
                new Endpoint("PATCH /accidents/{id}", REPORTERS, 200,
                        t -> given().header("Authorization", t).contentType(ContentType.JSON)
                                .body(Map.of("policeReportNumber", "P-1")).patch("/accidents/{id}", accidentId).then()),
                new Endpoint("POST /accidents/{id}/photos", REPORTERS, 201,
                        t -> upload(t, accidentId, "b.png", Accidents.PNG, "image/png")),
                new Endpoint("GET /accidents/{id}/photos", EVERYONE, 200,
                        t -> given().header("Authorization", t).get("/accidents/{id}/photos", accidentId).then()),
                new Endpoint("GET /accidents/{id}/photos/{photoId}", EVERYONE, 200,
                        t -> given().header("Authorization", t).get("/accidents/{id}/photos/{p}", accidentId, photoId).then()),
                new Endpoint("POST /accidents/{id}/insurance-claim", MANAGER_ONLY, 201,
                        t -> act(t, fresh(), "insurance-claim", Map.of("claimNumber", "INS-" + UUID.randomUUID(), "insurer", "K"))),
                new Endpoint("POST /accidents/{id}/insurance-claim/approve", MANAGER_ONLY, 200,
                        t -> act(t, withClaim("PENDING"), "insurance-claim/approve", Map.of("approvedAmount", 1, "currency", "CZK"))),
                new Endpoint("POST /accidents/{id}/insurance-claim/reject", MANAGER_ONLY, 200,
                        t -> act(t, withClaim("PENDING"), "insurance-claim/reject", Map.of("reason", "No"))),
                new Endpoint("POST /accidents/{id}/insurance-claim/pay", MANAGER_ONLY, 200,
                        t -> act(t, withClaim("APPROVED"), "insurance-claim/pay", Map.of())),
                new Endpoint("POST /accidents/{id}/repair-completion", MANAGER_ONLY, 200,
                        t -> act(t, fresh(), "repair-completion", completion("100", "50", "10", today))),
                new Endpoint("GET /drivers/{id}/transactions", PAYROLL, 200,
                        t -> given().header("Authorization", t).get("/drivers/{id}/transactions", driverId).then()),
                new Endpoint("GET /driver-transactions", PAYROLL, 200,
                        t -> given().header("Authorization", t).get("/driver-transactions").then()),
                new Endpoint("GET /driver-transactions/export", PAYROLL, 200,
                        t -> given().header("Authorization", t).get("/driver-transactions/export?payPeriod=" + period).then()),
                new Endpoint("GET /order-costs", ORDER_READERS, 200,
                        t -> given().header("Authorization", t).get("/order-costs?orderReference=ORD-MATRIX").then()));
    }

    @TestFactory
    Stream<DynamicTest> every_role_on_every_endpoint() {
        return RoleMatrix.cells(TENANT, endpoints());
    }
}
