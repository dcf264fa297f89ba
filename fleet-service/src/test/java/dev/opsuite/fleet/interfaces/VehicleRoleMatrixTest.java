package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.ServiceRequests.as;
import static io.restassured.RestAssured.given;

import dev.opsuite.fleet.interfaces.RoleMatrix.Endpoint;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The vehicle register's endpoints (the table in fleet-service/README.md) called by every role of the service,
 * a role of another service and no token, in a business of the test's own.
 */
@QuarkusTest
class VehicleRoleMatrixTest {

    static final String TENANT = "vehicle-matrix";
    static final Set<String> READERS = RoleMatrix.EVERYONE;
    static final AtomicLong KM = new AtomicLong(1_000);

    String vehicleId;

    @BeforeEach
    void fixtures() {
        vehicleId = VehicleRequests.register(as(TENANT, "fleet-manager"), VehicleRequests.truck(VehicleRequests.plate(), 1))
                .statusCode(201).extract().path("id");
    }

    List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("POST /vehicles", Set.of("fleet-manager"), 201,
                        token -> VehicleRequests.register(token, VehicleRequests.truck(VehicleRequests.plate(), 1))),
                new Endpoint("GET /vehicles", READERS, 200, token -> given().header("Authorization", token).get("/vehicles").then()),
                new Endpoint("GET /vehicles/{id}", READERS, 200, token -> VehicleRequests.get(token, vehicleId)),
                new Endpoint("POST /vehicles/{id}/odometer-readings", Set.of("fleet-manager", "mechanic"), 200,
                        token -> VehicleRequests.reading(token, vehicleId, null, KM.incrementAndGet(), "2026-03-02T08:00:00Z")));
    }

    @TestFactory
    Stream<DynamicTest> every_role_on_every_vehicle_endpoint() {
        return RoleMatrix.cells(TENANT, endpoints());
    }
}
