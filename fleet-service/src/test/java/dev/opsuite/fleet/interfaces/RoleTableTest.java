package dev.opsuite.fleet.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.testing.RoleTable;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The roles of every endpoint are the same in the code ({@code @RolesAllowed}) and in the OpenAPI document a client
 * reads; every endpoint names its roles. The *RoleMatrixTest rows are checked against the code (RoleMatrix.IN_CODE),
 * so a row, the code and the document cannot disagree.
 */
@QuarkusTest
class RoleTableTest {

    @Test
    void the_openapi_document_names_the_roles_the_code_allows() {
        Map<String, Set<String>> inCode = RoleTable.inCode("dev.opsuite.fleet");
        Map<String, Set<String>> inOpenApi = RoleTable.inOpenApi();

        assertThat(inCode).isNotEmpty();
        assertThat(inOpenApi).isEqualTo(inCode);
        assertThat(inCode).allSatisfy((endpoint, roles) -> assertThat(roles).as(endpoint).isNotEmpty());
    }
}
