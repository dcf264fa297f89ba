package dev.opsuite.field;

import dev.opsuite.testing.HexagonalRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void layers_depend_inwards_and_the_domain_is_plain_java() {
        HexagonalRules.check("dev.opsuite.field");
    }
}
