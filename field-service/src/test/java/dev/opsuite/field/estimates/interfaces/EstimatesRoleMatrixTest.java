package dev.opsuite.field.estimates.interfaces;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.opsuite.testing.RoleMatrix;
import dev.opsuite.testing.RoleMatrix.Row;
import dev.opsuite.testing.RoleTable;
import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The estimates capability's role cells (docs/estimates.md, Roles): every row is the code's @RolesAllowed, every role
 * is let in or refused 403, no token is 401, and the rows are every endpoint of the capability.
 */
@QuarkusTest
class EstimatesRoleMatrixTest {

    static final List<String> ROLES = List.of("owner", "dispatcher", "technician", "csr", "parts-manager", "estimator",
            "finance", "admin");
    static final Set<String> PRICE_READERS = Set.of("owner", "estimator", "finance", "admin");
    static final Set<String> BUILDERS = Set.of("owner", "estimator", "admin");
    static final Set<String> READERS = Set.of("owner", "estimator", "dispatcher", "csr", "finance", "admin");

    final String shop = "estimate-roles-" + UUID.randomUUID().toString().substring(0, 8);
    final String owner = SuiteStack.bearer(shop, "owner");
    final String estimator = SuiteStack.bearer(shop, "estimator");

    @TestFactory
    Stream<DynamicTest> every_role_and_endpoint_cell() {
        String job = EstimatesApiTest.jobWithPrices(shop);
        Map<String, Row> rows = new LinkedHashMap<>();
        rows.put("GET /pricing/settings", row(PRICE_READERS, 200, r -> r.get("/pricing/settings")));
        rows.put("PUT /pricing/settings", row(Set.of("owner", "admin"), 200,
                r -> r.body(PriceBookApiTest.settings()).put("/pricing/settings")));
        rows.put("POST /price-book", row(BUILDERS, 201, r -> r.body(PriceBookApiTest.fixed("S-" + UUID.randomUUID()
                .toString().substring(0, 8), 10)).post("/price-book")));
        rows.put("GET /price-book", row(PRICE_READERS, 200, r -> r.get("/price-book")));
        rows.put("GET /price-book/{sku}", row(PRICE_READERS, 200, r -> r.get("/price-book/COMP-3T")));
        rows.put("GET /price-book/{sku}/price", row(PRICE_READERS, 200, r -> r.get("/price-book/COMP-3T/price")));
        rows.put("PUT /price-book/{sku}", row(BUILDERS, 200, r -> r.body(Map.of("name", "Compressor 3 ton",
                "pricing", "FIXED", "price", 4074.07)).put("/price-book/COMP-3T")));
        rows.put("POST /jobs/{jobId}/estimates", row(BUILDERS, 201,
                r -> r.body(EstimatesApiTest.lines("1")).post("/jobs/{id}/estimates", job)));
        rows.put("GET /estimates", row(READERS, 200, r -> r.get("/estimates")));
        rows.put("GET /estimates/{id}", row(READERS, 200, r -> r.get("/estimates/{id}", fresh(job))));
        rows.put("GET /estimates/{id}/pdf", row(READERS, 200, r -> r.get("/estimates/{id}/pdf", fresh(job))));
        rows.put("PUT /estimates/{id}", row(BUILDERS, 200,
                r -> r.body(EstimatesApiTest.lines("2")).put("/estimates/{id}", fresh(job))));
        rows.put("POST /estimates/{id}/submit", row(BUILDERS, 200, r -> r.post("/estimates/{id}/submit", fresh(job))));
        rows.put("POST /estimates/{id}/decision", row(Set.of("owner", "admin"), 200,
                r -> r.body(Map.of("decision", "APPROVE")).post("/estimates/{id}/decision", waitingForOwner(job))));

        Map<String, String> tokens = new LinkedHashMap<>();
        ROLES.forEach(role -> tokens.put(role, SuiteStack.bearer(shop, role)));
        Map<String, Set<String>> inCode = RoleTable.inCode("dev.opsuite.field.estimates");
        List<DynamicTest> cells = new ArrayList<>(RoleMatrix.cells(inCode, rows, tokens));
        rows.forEach((endpoint, row) -> cells.add(DynamicTest.dynamicTest(endpoint + " without a token -> 401",
                () -> row.call().apply(null).statusCode(401))));
        cells.add(RoleMatrix.everyEndpointHasItsRow(inCode, rows.keySet()));
        return cells.stream();
    }

    /** The call for a bearer token (none: null), JSON in. */
    private static Row row(Set<String> allowed, int success, Function<RequestSpecification, io.restassured.response.Response> call) {
        return new Row(allowed, success, token -> {
            RequestSpecification request = given().contentType(ContentType.JSON);
            if (token != null) {
                request.header("Authorization", token);
            }
            return call.apply(request).then();
        });
    }

    private String fresh(String job) {
        return EstimatesApiTest.create(estimator, job, EstimatesApiTest.lines("1")).statusCode(201).extract().path("id");
    }

    private String waitingForOwner(String job) {
        String id = EstimatesApiTest.create(estimator, job, EstimatesApiTest.lines("10")).statusCode(201).extract()
                .path("id");
        EstimatesApiTest.act(estimator, id, "submit", null).statusCode(200)
                .body("status", equalTo("OWNER_APPROVAL_REQUIRED"));
        return id;
    }
}
