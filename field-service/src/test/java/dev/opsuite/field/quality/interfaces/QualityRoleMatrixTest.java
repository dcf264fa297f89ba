package dev.opsuite.field.quality.interfaces;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.testing.RoleTable;
import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every cell of the quality capability's rows of the role matrix (README, docs/quality.md): a role in the cell gets
 * its 200, any other a 403, no token a 401; the rows are the code's {@code @RolesAllowed}.
 */
@QuarkusTest
class QualityRoleMatrixTest {

    static final List<String> ROLES = List.of("owner", "dispatcher", "technician", "csr", "parts-manager", "estimator",
            "finance", "admin");

    @Test
    void every_role_and_endpoint_cell() {
        QualityCalls q = new QualityCalls();
        String technician = q.technician("test-technician", "Mia");
        String customer = q.customer("Ann");
        String job = q.scheduledJob(customer, null, technician, "2026-06-02T09:00:00Z");
        Map<String, List<String>> allowed = new LinkedHashMap<>();
        allowed.put("GET /jobs/{id}/callbacks", List.of("csr", "dispatcher", "owner", "admin"));
        allowed.put("GET /quality/first-time-fix", List.of("owner", "admin"));
        allowed.put("GET /dashboard/daily", List.of("owner", "admin"));
        allowed.put("GET /jobs/{id}/sheet.{format}", List.of("dispatcher", "technician", "owner", "admin"));
        allowed.put("GET /reports/dispatch.{format}", List.of("dispatcher", "owner", "admin"));
        allowed.put("GET /customers/{id}/history.{format}", List.of("csr", "dispatcher", "owner", "admin", "estimator"));
        allowed.put("GET /reports/parts.{format}", List.of("parts-manager", "dispatcher", "owner", "admin"));
        // The technician token's login (test-technician) is the technician of the job: their own job sheet.
        Map<String, String> paths = Map.of(
                "GET /jobs/{id}/callbacks", "/jobs/" + job + "/callbacks",
                "GET /quality/first-time-fix", "/quality/first-time-fix",
                "GET /dashboard/daily", "/dashboard/daily?date=2026-06-02",
                "GET /jobs/{id}/sheet.{format}", "/jobs/" + job + "/sheet.pdf",
                "GET /reports/dispatch.{format}", "/reports/dispatch.pdf?date=2026-06-02",
                "GET /customers/{id}/history.{format}", "/customers/" + customer + "/history.pdf",
                "GET /reports/parts.{format}", "/reports/parts.pdf?from=2026-06-01&to=2026-06-02");

        Map<String, Set<String>> inCode = RoleTable.inCode("dev.opsuite.field.quality");
        assertThat(inCode.keySet()).containsExactlyInAnyOrderElementsOf(allowed.keySet().stream().map(RoleTable::key).toList());
        for (var cell : allowed.entrySet()) {
            assertThat(RoleTable.of(inCode, cell.getKey())).as(cell.getKey()).containsExactlyInAnyOrderElementsOf(cell.getValue());
            String path = paths.get(cell.getKey());
            for (String role : ROLES) {
                int status = given().header("Authorization", SuiteStack.bearer(q.shop, role)).get(path).then().extract()
                        .statusCode();
                assertThat(status).as("%s as %s", cell.getKey(), role).isEqualTo(cell.getValue().contains(role) ? 200 : 403);
            }
            assertThat(given().get(path).then().extract().statusCode()).as("%s without a token", cell.getKey()).isEqualTo(401);
        }
    }
}
