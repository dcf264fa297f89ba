package dev.opsuite.fleet.interfaces;

import dev.opsuite.testing.RoleMatrix.Row;
import dev.opsuite.testing.RoleTable;
import dev.opsuite.testing.SuiteStack;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A role table of the docs run cell by cell: every role of the service on every endpoint (an allowed role gets
 * the endpoint's success, any other 403 forbidden: suite-testing's RoleMatrix), no token (401) and a role of another
 * service (403). Written once for every *RoleMatrixTest of fleet-service.
 */
final class RoleMatrix {

    static final String FM = "fleet-manager";
    static final String DISPATCHER = "dispatcher";
    static final String MECHANIC = "mechanic";
    static final String VIEWER = "viewer";
    static final String HR = "hr-admin";
    static final List<String> ROLES = List.of(FM, DISPATCHER, MECHANIC, VIEWER, HR);
    static final Set<String> EVERYONE = Set.copyOf(ROLES);

    /** One row: who may call it, what it answers them, and the call (which may make its own fixtures first). */
    record Endpoint(String name, Set<String> allowed, int success, Function<String, ValidatableResponse> call) {
    }

    private RoleMatrix() {
    }

    /** The roles the code gives each endpoint ({@code @RolesAllowed}), keyed as {@link RoleTable#key}. */
    static final Map<String, Set<String>> IN_CODE = RoleTable.inCode("dev.opsuite.fleet");

    static Stream<DynamicTest> cells(String tenant, List<Endpoint> endpoints) {
        Map<String, String> tokens = new LinkedHashMap<>();
        ROLES.forEach(role -> tokens.put(role, SuiteStack.bearer(tenant, role)));
        List<DynamicTest> cells = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            cells.addAll(dev.opsuite.testing.RoleMatrix.cells(IN_CODE, Map.of(endpoint.name(),
                    new Row(endpoint.allowed(), endpoint.success(), endpoint.call())), tokens));
            cells.add(DynamicTest.dynamicTest(endpoint.name() + " without a token -> 401",
                    () -> endpoint.call().apply("").statusCode(401).contentType("application/problem+json")));
            cells.add(DynamicTest.dynamicTest(endpoint.name() + " as inventory-manager -> 403",
                    () -> endpoint.call().apply(SuiteStack.bearer(tenant, "inventory-manager")).statusCode(403)));
        }
        return cells.stream();
    }
}
