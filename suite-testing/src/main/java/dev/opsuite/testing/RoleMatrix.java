package dev.opsuite.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.DynamicTest;

/**
 * A service's role table (its README) run cell by cell, as dynamic tests: for each row, that it is the code's
 * {@code @RolesAllowed} ({@link RoleTable#inCode}), and for each role, the row's success for a role in it and a 403
 * {@code forbidden} problem for any other. Written once for every service's role-matrix test.
 */
public final class RoleMatrix {

    /** One row: who may call the endpoint, what it answers them, and the call for one role's bearer token. */
    public record Row(Set<String> allowed, int success, Function<String, ValidatableResponse> call) {
    }

    private RoleMatrix() {
    }

    /**
     * The cells of {@code rows} (keyed {@code "METHOD /path"}, as {@link RoleTable#key} reads them) for every role of
     * {@code tokens} (role → bearer token, in the table's column order).
     */
    public static List<DynamicTest> cells(Map<String, Set<String>> inCode, Map<String, Row> rows, Map<String, String> tokens) {
        List<DynamicTest> cells = new ArrayList<>();
        rows.forEach((endpoint, row) -> {
            cells.add(DynamicTest.dynamicTest(endpoint + ": the row is the code's @RolesAllowed",
                    () -> assertEquals(new TreeSet<>(RoleTable.of(inCode, endpoint)), new TreeSet<>(row.allowed()), endpoint)));
            tokens.forEach((role, token) -> {
                boolean allowed = row.allowed().contains(role);
                cells.add(DynamicTest.dynamicTest(endpoint + " as " + role + " -> " + (allowed ? row.success() : 403), () -> {
                    ValidatableResponse answer = row.call().apply(token);
                    if (allowed) {
                        answer.statusCode(row.success());
                    } else {
                        answer.statusCode(403).contentType("application/problem+json")
                                .body("type", equalTo("https://opsuite.dev/problems/forbidden"));
                    }
                }));
            });
        });
        return cells;
    }

    /** That the code has no endpoint without a row (for a test whose rows are the service's whole table). */
    public static DynamicTest everyEndpointHasItsRow(Map<String, Set<String>> inCode, Collection<String> rows) {
        return DynamicTest.dynamicTest("every endpoint of the code has its row", () -> {
            List<String> keys = rows.stream().map(RoleTable::key).toList();
            assertEquals(keys.size(), new TreeSet<>(keys).size(), "rows named twice: " + keys);
            assertEquals(new TreeSet<>(inCode.keySet()), new TreeSet<>(keys));
        });
    }
}
