package dev.opsuite.fleet.interfaces;

import static org.hamcrest.Matchers.equalTo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.testing.RoleTable;
import dev.opsuite.testing.SuiteStack;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A role table of the docs run cell by cell: every role of the service on every endpoint (an allowed role gets
 * the endpoint's success, any other 403 forbidden), no token (401) and a role of another service (403).
 * Written once for every *RoleMatrixTest of fleet-service.
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
        List<DynamicTest> cells = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            cells.add(DynamicTest.dynamicTest(endpoint.name() + ": the row is the @RolesAllowed of the code",
                    () -> assertThat(endpoint.allowed()).as(endpoint.name())
                            .isEqualTo(RoleTable.of(IN_CODE, endpoint.name()))));
            for (String role : ROLES) {
                boolean allowed = endpoint.allowed().contains(role);
                cells.add(DynamicTest.dynamicTest(endpoint.name() + " as " + role + " -> " + (allowed ? endpoint.success() : 403),
                        () -> {
                            ValidatableResponse response = endpoint.call().apply(SuiteStack.bearer(tenant, role));
                            if (allowed) {
                                response.statusCode(endpoint.success());
                            } else {
                                response.statusCode(403).contentType("application/problem+json")
                                        .body("type", equalTo("https://opsuite.dev/problems/forbidden"));
                            }
                        }));
            }
            cells.add(DynamicTest.dynamicTest(endpoint.name() + " without a token -> 401",
                    () -> endpoint.call().apply("").statusCode(401).contentType("application/problem+json")));
            cells.add(DynamicTest.dynamicTest(endpoint.name() + " as inventory-manager -> 403",
                    () -> endpoint.call().apply(SuiteStack.bearer(tenant, "inventory-manager")).statusCode(403)));
        }
        return cells.stream();
    }
}
