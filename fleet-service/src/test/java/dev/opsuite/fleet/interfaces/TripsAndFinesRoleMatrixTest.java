package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.RoleMatrix.DISPATCHER;
import static dev.opsuite.fleet.interfaces.RoleMatrix.EVERYONE;
import static dev.opsuite.fleet.interfaces.RoleMatrix.FM;
import static dev.opsuite.fleet.interfaces.RoleMatrix.HR;
import static dev.opsuite.fleet.interfaces.RoleMatrix.VIEWER;
import static dev.opsuite.fleet.interfaces.ServiceRequests.as;
import static dev.opsuite.fleet.interfaces.TripRequests.cancel;
import static dev.opsuite.fleet.interfaces.TripRequests.close;
import static dev.opsuite.fleet.interfaces.TripRequests.closing;
import static dev.opsuite.fleet.interfaces.TripRequests.driver;
import static dev.opsuite.fleet.interfaces.TripRequests.driverAt;
import static dev.opsuite.fleet.interfaces.TripRequests.issue;
import static dev.opsuite.fleet.interfaces.TripRequests.issued;
import static dev.opsuite.fleet.interfaces.TripRequests.ticket;
import static dev.opsuite.fleet.interfaces.TripRequests.truck;
import static io.restassured.RestAssured.given;

import dev.opsuite.fleet.interfaces.RoleMatrix.Endpoint;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint of trip tickets, the "who was driving" lookup and fines, called by every role of the
 * service, by a role of another service and without a token: an allowed role succeeds, any other is 403,
 * no token is 401. The matrix is the one of docs/trips-and-fines.md.
 */
@QuarkusTest
class TripsAndFinesRoleMatrixTest {

    static final String TENANT = "acme";
    static final Set<String> TRIP_WRITERS = Set.of(FM, DISPATCHER);
    static final Set<String> LOOKUP = Set.of(FM, DISPATCHER, HR);
    static final Set<String> FINE_WRITERS = Set.of(FM, HR);
    static final Set<String> FINE_READERS = Set.of(FM, HR, DISPATCHER, VIEWER);
    /** Each issued ticket takes its own hour, years back, so that the matrix's tickets never overlap. */
    static final AtomicInteger HOURS = new AtomicInteger();
    static final Instant START = Instant.parse("2020-01-01T00:00:00Z");

    String vehicleId;
    String driverId;
    String ticketId;
    String fineId;
    String lookupAt;

    @BeforeEach
    void fixtures() {
        vehicleId = truck(TENANT, VehicleRequests.plate(), 1_000);
        driverId = driver(TENANT, "Matrix Driver");
        Instant from = START.plus(HOURS.getAndIncrement(), ChronoUnit.HOURS);
        lookupAt = from.plus(10, ChronoUnit.MINUTES).toString();
        ticketId = issued(TENANT, ticket(vehicleId, driverId, from, from.plus(50, ChronoUnit.MINUTES)));
        fineId = recordFine(as(TENANT, FM)).statusCode(201).extract().path("id");
    }

    /** A ticket of a fresh vehicle and driver in an hour of its own. */
    Map<String, Object> freshTicket() {
        Instant from = START.plus(HOURS.getAndIncrement(), ChronoUnit.HOURS);
        return ticket(truck(TENANT, VehicleRequests.plate(), 1_000), driver(TENANT, "Matrix Driver"), from,
                from.plus(50, ChronoUnit.MINUTES));
    }

    ValidatableResponse recordFine(String token) {
        Map<String, Object> body = FineScenarioTest.letter(vehicleId, "2025-10-15T14:30:00+02:00",
                "MATRIX-" + java.util.UUID.randomUUID());
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post("/fines").then();
    }

    List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("POST /trip-tickets", TRIP_WRITERS, 201, token -> issue(token, freshTicket())),
                new Endpoint("GET /trip-tickets", EVERYONE, 200,
                        token -> given().header("Authorization", token).get("/trip-tickets").then()),
                new Endpoint("GET /trip-tickets/{id}", EVERYONE, 200,
                        token -> given().header("Authorization", token).get("/trip-tickets/{id}", ticketId).then()),
                new Endpoint("POST /trip-tickets/{id}/close", TRIP_WRITERS, 200,
                        token -> close(token, issued(TENANT, freshTicket()), closing(1_100, "2025-01-01T00:00:00Z"))),
                new Endpoint("POST /trip-tickets/{id}/cancel", TRIP_WRITERS, 200,
                        token -> cancel(token, issued(TENANT, freshTicket()), "Not needed")),
                new Endpoint("GET /vehicles/{id}/driver-at", LOOKUP, 200,
                        token -> driverAt(token, vehicleId, lookupAt)),
                new Endpoint("POST /fines", FINE_WRITERS, 201, this::recordFine),
                new Endpoint("POST /fines/{id}/attribution", FINE_WRITERS, 200,
                        token -> given().header("Authorization", token).contentType(ContentType.JSON)
                                .body(Map.of("driverId", driverId))
                                .post("/fines/{id}/attribution", recordFine(as(TENANT, FM)).statusCode(201).extract()
                                        .<String>path("id")).then()),
                new Endpoint("GET /fines", FINE_READERS, 200,
                        token -> given().header("Authorization", token).get("/fines").then()),
                new Endpoint("GET /fines/{id}", FINE_READERS, 200,
                        token -> given().header("Authorization", token).get("/fines/{id}", fineId).then()));
    }

    @TestFactory
    Stream<DynamicTest> every_role_on_every_endpoint() {
        return RoleMatrix.cells(TENANT, endpoints());
    }
}
