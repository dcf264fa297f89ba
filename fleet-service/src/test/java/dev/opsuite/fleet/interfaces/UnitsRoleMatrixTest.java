package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.UnitRequests.MANAGER;
import static dev.opsuite.fleet.interfaces.UnitRequests.addDocument;
import static dev.opsuite.fleet.interfaces.UnitRequests.document;
import static dev.opsuite.fleet.interfaces.UnitRequests.driver;
import static dev.opsuite.fleet.interfaces.UnitRequests.formUnit;
import static dev.opsuite.fleet.interfaces.UnitRequests.patch;
import static dev.opsuite.fleet.interfaces.UnitRequests.registerDriver;
import static dev.opsuite.fleet.interfaces.UnitRequests.registerTrailer;
import static dev.opsuite.fleet.interfaces.UnitRequests.today;
import static dev.opsuite.fleet.interfaces.UnitRequests.trailer;
import static dev.opsuite.fleet.interfaces.UnitRequests.trailerBody;
import static dev.opsuite.fleet.interfaces.UnitRequests.truck;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.opsuite.testing.RoleTable;
import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cell of the role matrix of drivers, trailers, documents, vehicle status and transport units
 * (fleet-service/docs/units-and-documents.md): a role in the cell gets its 2xx, any other role a 403
 * problem. Write cells act on records of their own, so each allowed call can succeed.
 */
@QuarkusTest
class UnitsRoleMatrixTest {

    static final String FM = "fleet-manager";
    static final String HR = "hr-admin";
    static final String DISP = "dispatcher";
    static final String MECH = "mechanic";
    static final String VIEW = "viewer";
    static final List<String> ROLES = List.of(FM, HR, DISP, MECH, VIEW);

    /** Records the read and edit cells share; made once, when the first cell runs (the application is up then). */
    static Shared shared;

    record Shared(String driver, String driverDocument, String trailer, String trailerDocument, String truck,
            String truckDocument, String unit) {
    }

    /** One endpoint: who may call it, and the call. */
    record Endpoint(Set<String> roles, Function<String, ValidatableResponse> call) {
    }

    static final Map<String, Endpoint> ENDPOINTS = new LinkedHashMap<>();

    static {
        Set<String> driverReaders = Set.of(FM, HR, DISP, VIEW);
        Set<String> driverWriters = Set.of(FM, HR);
        Set<String> vehicleReaders = Set.of(FM, DISP, MECH, VIEW);
        Set<String> managers = Set.of(FM);
        Set<String> unitReaders = Set.of(FM, DISP, VIEW);
        Set<String> unitWriters = Set.of(FM, DISP);

        ENDPOINTS.put("POST /drivers", new Endpoint(driverWriters,
                t -> registerDriver(t, Map.of("name", "Matrix Driver"))));
        ENDPOINTS.put("GET /drivers", new Endpoint(driverReaders, t -> get(t, "/drivers")));
        ENDPOINTS.put("GET /drivers/{id}", new Endpoint(driverReaders, t -> get(t, "/drivers/" + shared.driver())));
        ENDPOINTS.put("PATCH /drivers/{id}", new Endpoint(driverWriters,
                t -> patch(t, "/drivers/" + shared.driver(), null, Map.of("phone", "+420 601 000 000"))));
        documentEndpoints("drivers", "DRIVER_CARD", driverReaders, driverWriters, () -> shared.driver(),
                () -> shared.driverDocument());

        ENDPOINTS.put("POST /trailers", new Endpoint(managers,
                t -> registerTrailer(t, trailerBody(VehicleRequests.plate(), "MEGA"))));
        ENDPOINTS.put("GET /trailers", new Endpoint(vehicleReaders, t -> get(t, "/trailers")));
        ENDPOINTS.put("GET /trailers/{id}", new Endpoint(vehicleReaders, t -> get(t, "/trailers/" + shared.trailer())));
        ENDPOINTS.put("PATCH /trailers/{id}", new Endpoint(managers,
                t -> patch(t, "/trailers/" + shared.trailer(), null, Map.of("model", "Matrix"))));
        ENDPOINTS.put("PATCH /trailers/{id}/status", new Endpoint(managers,
                t -> patch(t, "/trailers/" + shared.trailer() + "/status", null, Map.of("status", "ACTIVE"))));
        documentEndpoints("trailers", "ANNUAL_INSPECTION", vehicleReaders, managers, () -> shared.trailer(),
                () -> shared.trailerDocument());

        ENDPOINTS.put("PATCH /vehicles/{id}/status", new Endpoint(managers,
                t -> patch(t, "/vehicles/" + shared.truck() + "/status", null, Map.of("status", "ACTIVE"))));
        documentEndpoints("vehicles", "INSURANCE", vehicleReaders, managers, () -> shared.truck(),
                () -> shared.truckDocument());

        ENDPOINTS.put("GET /documents/expiring", new Endpoint(Set.of(FM, HR, DISP, MECH, VIEW),
                t -> get(t, "/documents/expiring")));

        ENDPOINTS.put("POST /transport-units", new Endpoint(unitWriters,
                t -> formUnit(t, driver(), truck(), trailer("STANDARD"))));
        ENDPOINTS.put("GET /transport-units", new Endpoint(unitReaders, t -> get(t, "/transport-units?ready=true")));
        ENDPOINTS.put("GET /transport-units/{id}", new Endpoint(unitReaders,
                t -> get(t, "/transport-units/" + shared.unit())));
        ENDPOINTS.put("PATCH /transport-units/{id}", new Endpoint(unitWriters,
                t -> patch(t, "/transport-units/" + shared.unit(), null, Map.of("driverId", driver()))));
        ENDPOINTS.put("POST /transport-units/{id}/disband", new Endpoint(unitWriters, t -> {
            String unit = formUnit(MANAGER, driver(), truck(), trailer("MEGA")).statusCode(201).extract().path("id");
            return given().header("Authorization", t).post("/transport-units/{id}/disband", unit).then();
        }));
        ENDPOINTS.put("POST /transport-units/readiness-recompute", new Endpoint(managers,
                t -> given().header("Authorization", t).post("/transport-units/readiness-recompute").then()));
    }

    private static void documentEndpoints(String holders, String type, Set<String> readers, Set<String> writers,
            java.util.function.Supplier<String> holder, java.util.function.Supplier<String> document) {
        String base = "/" + holders + "/{id}/documents";
        ENDPOINTS.put("GET " + base, new Endpoint(readers, t -> get(t, "/" + holders + "/" + holder.get() + "/documents")));
        ENDPOINTS.put("POST " + base, new Endpoint(writers,
                t -> addDocument(t, holders, holder.get(), type, today(), today().plusYears(1))));
        ENDPOINTS.put("GET " + base + "/{documentId}", new Endpoint(readers,
                t -> get(t, "/" + holders + "/" + holder.get() + "/documents/" + document.get())));
        ENDPOINTS.put("PATCH " + base + "/{documentId}", new Endpoint(writers,
                t -> patch(t, "/" + holders + "/" + holder.get() + "/documents/" + document.get(), null,
                        Map.of("note", "checked"))));
        ENDPOINTS.put("DELETE " + base + "/{documentId}", new Endpoint(writers, t -> {
            String doomed = UnitRequests.document(holders, holder.get(), type, today().plusYears(1));
            return given().header("Authorization", t).delete("/" + holders + "/" + holder.get() + "/documents/" + doomed)
                    .then();
        }));
    }

    @BeforeEach
    void sharedRecords() {
        if (shared == null) {
            String d = driver();
            String tr = trailer("MEGA");
            String tk = truck();
            shared = new Shared(d, document("drivers", d, "DRIVING_LICENCE", today().plusYears(3)), tr,
                    document("trailers", tr, "REGISTRATION", null), tk, document("vehicles", tk, "REGISTRATION", null),
                    formUnit(MANAGER, driver(), truck(), trailer("MEGA")).statusCode(201).extract().path("id"));
        }
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        ENDPOINTS.forEach((name, endpoint) -> ROLES.forEach(role -> cells.add(Arguments.of(name, role,
                endpoint.roles().contains(role)))));
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1}: allowed {2}")
    @MethodSource("cells")
    void every_cell_of_the_matrix(String endpoint, String role, boolean allowed) {
        ValidatableResponse response = ENDPOINTS.get(endpoint).call().apply(SuiteStack.bearer("acme", role));

        int status = response.extract().statusCode();
        if (allowed) {
            assertThat(status).as("%s as %s", endpoint, role).isBetween(200, 299);
        } else {
            assertThat(status).as("%s as %s", endpoint, role).isEqualTo(403);
            response.contentType("application/problem+json")
                    .body("type", equalTo("https://opsuite.dev/problems/forbidden"));
        }
    }

    @Test
    void each_row_is_the_roles_allowed_of_the_code() {
        ENDPOINTS.forEach((name, endpoint) -> assertThat(endpoint.roles()).as(name)
                .isEqualTo(RoleTable.of(RoleMatrix.IN_CODE, name)));
    }

    @Test
    void the_matrix_has_every_endpoint_and_role() {
        assertThat(ENDPOINTS).hasSize(32);
        assertThat(cells()).hasSize(32 * ROLES.size());
    }

    @Test
    void without_a_token_every_resource_answers_401() {
        for (String path : List.of("/drivers", "/trailers", "/transport-units", "/documents/expiring",
                "/drivers/" + shared.driver() + "/documents", "/vehicles/" + shared.truck() + "/documents",
                "/trailers/" + shared.trailer() + "/documents")) {
            given().get(path).then().statusCode(401).contentType("application/problem+json")
                    .body("type", equalTo("https://opsuite.dev/problems/unauthenticated"));
        }
        given().contentType("application/json").body(Map.of("status", "IN_REPAIR"))
                .patch("/vehicles/{id}/status", shared.truck()).then().statusCode(401);
        given().header("Authorization", SuiteStack.bearer("acme", "inventory-manager")).get("/transport-units").then()
                .statusCode(403);
    }

    private static ValidatableResponse get(String token, String path) {
        return given().header("Authorization", token).get(path).then();
    }
}
